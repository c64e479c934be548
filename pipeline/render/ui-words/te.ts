// Telugu (te): the editions' own words. How they were written and checked: ./README.md.
import type { UiWords } from './keys.js';

export default {
  draft: {
    banner: 'అనువాద ముసాయిదా — ఇంకా సమీక్షించబడలేదు',
    detail: 'ఈ అనువాదాన్ని ఇంకా ఏ సంపాదకుడూ సమీక్షించలేదు, ఇందులో తప్పులు ఉండవచ్చు. మూల పాఠమే ప్రామాణికం.',
  },
  released: 'మూల పాఠం ({{date}}) ఆధారంగా అనువాదం సమీక్షించబడింది',
  language: 'భాష',
  otherLanguages: 'ఇతర భాషలు',
  formats: {
    label: 'డౌన్‌లోడ్',
    html: 'వెబ్ పేజీ',
    pdf: 'PDF',
    txt: 'సాదా పాఠ్యం',
  },
  footer: {
    page: 'పేజీ {{page}} / {{pages}}',
  },
  published: 'ప్రచురణ: {{date}}',
  links: 'లింక్‌లు',
  notes: {
    title: 'గమనికలు',
    back: 'పాఠానికి తిరిగి వెళ్ళు',
  },
  status: {
    source: 'మూలం',
    approved: 'సమీక్షించబడింది',
    draft: 'ముసాయిదా, సమీక్షించబడలేదు',
    pending: 'అనువాదం పెండింగ్‌లో ఉంది',
  },
  index: {
    title: 'సంచికలు',
    statement: 'ప్రకటన',
    language: 'భాష',
    status: 'స్థితి',
    files: 'ఫైల్‌లు',
  },
  review: {
    title: 'సమీక్ష',
    approve: 'ఆమోదించు',
    save: 'సేవ్ చేయి',
    revert: 'వెనక్కి తీసుకురా',
    source: 'మూల పాఠం',
    translation: 'అనువాదం',
    search: 'వెతుకు',
    progress: 'పురోగతి',
    needsReview: 'సమీక్ష అవసరం',
    stale: 'పాతది',
    untranslated: 'అనువదించబడలేదు',
    all: 'అన్నీ',
  },
} satisfies UiWords;
