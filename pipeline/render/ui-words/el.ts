// Greek (el): the editions' own words. How they were written and checked: ./README.md.
import type { UiWords } from './keys.js';

export default {
  draft: {
    banner: 'Πρόχειρη μετάφραση — δεν έχει ελεγχθεί ακόμη',
    detail: 'Αυτή η μετάφραση δεν έχει ελεγχθεί ακόμη από επιμελητή και μπορεί να περιέχει λάθη. Έγκυρο είναι το πρωτότυπο κείμενο.',
  },
  released: 'Η μετάφραση ελέγχθηκε με βάση το πρωτότυπο ({{date}})',
  language: 'Γλώσσα',
  otherLanguages: 'Άλλες γλώσσες',
  formats: {
    label: 'Λήψη',
    html: 'Ιστοσελίδα',
    pdf: 'PDF',
    txt: 'Απλό κείμενο',
  },
  footer: {
    page: 'Σελίδα {{page}} από {{pages}}',
  },
  published: 'Δημοσιεύθηκε: {{date}}',
  links: 'Σύνδεσμοι',
  notes: {
    title: 'Σημειώσεις',
    back: 'Επιστροφή στο κείμενο',
  },
  status: {
    source: 'Πρωτότυπο',
    approved: 'Ελεγμένη',
    draft: 'Πρόχειρη, μη ελεγμένη',
    pending: 'Εκκρεμεί μετάφραση',
  },
  index: {
    title: 'Εκδόσεις',
    statement: 'Δήλωση',
    language: 'Γλώσσα',
    status: 'Κατάσταση',
    files: 'Αρχεία',
  },
  review: {
    title: 'Έλεγχος',
    approve: 'Έγκριση',
    save: 'Αποθήκευση',
    revert: 'Επαναφορά',
    source: 'Πρωτότυπο',
    translation: 'Μετάφραση',
    search: 'Αναζήτηση',
    progress: 'Πρόοδος',
    needsReview: 'Προς έλεγχο',
    stale: 'Παρωχημένη',
    untranslated: 'Αμετάφραστο',
    all: 'Όλα',
  },
} satisfies UiWords;
