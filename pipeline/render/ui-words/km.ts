// Khmer (km): the editions' own words. How they were written and checked: ./README.md.
import type { UiWords } from './keys.js';

export default {
  draft: {
    banner: 'សេចក្តីព្រាងការបកប្រែ — មិនទាន់បានពិនិត្យ',
    detail: 'ការបកប្រែនេះមិនទាន់ត្រូវបានពិនិត្យដោយអ្នកកែសម្រួលនៅឡើយទេ ហើយអាចមានកំហុស។ អត្ថបទដើមគឺជាអត្ថបទផ្លូវការ។',
  },
  released: 'ការបកប្រែត្រូវបានពិនិត្យធៀបនឹងអត្ថបទដើម ({{date}})',
  language: 'ភាសា',
  otherLanguages: 'ភាសាផ្សេងទៀត',
  formats: {
    label: 'ទាញយក',
    html: 'ទំព័របណ្តាញ',
    pdf: 'PDF',
    txt: 'អត្ថបទធម្មតា',
  },
  footer: {
    page: 'ទំព័រ {{page}} / {{pages}}',
  },
  published: 'បោះពុម្ពផ្សាយ៖ {{date}}',
  links: 'តំណ',
  notes: {
    title: 'កំណត់ចំណាំ',
    back: 'ត្រឡប់ទៅអត្ថបទវិញ',
  },
  status: {
    source: 'ដើម',
    approved: 'បានពិនិត្យ',
    draft: 'សេចក្តីព្រាង មិនទាន់ពិនិត្យ',
    pending: 'កំពុងរង់ចាំការបកប្រែ',
  },
  index: {
    title: 'ការបោះពុម្ព',
    statement: 'សេចក្តីថ្លែងការណ៍',
    language: 'ភាសា',
    status: 'ស្ថានភាព',
    files: 'ឯកសារ',
  },
  review: {
    title: 'ការពិនិត្យ',
    approve: 'អនុម័ត',
    save: 'រក្សាទុក',
    revert: 'ត្រឡប់វិញ',
    source: 'អត្ថបទដើម',
    translation: 'ការបកប្រែ',
    search: 'ស្វែងរក',
    progress: 'វឌ្ឍនភាព',
    needsReview: 'ត្រូវការពិនិត្យ',
    stale: 'ហួសសម័យ',
    untranslated: 'មិនទាន់បកប្រែ',
    all: 'ទាំងអស់',
  },
} satisfies UiWords;
