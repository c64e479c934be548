// Lao (lo): the editions' own words. How they were written and checked: ./README.md.
import type { UiWords } from './keys.js';

export default {
  draft: {
    banner: 'ຮ່າງຄຳແປ — ຍັງບໍ່ໄດ້ກວດກາ',
    detail: 'ຄຳແປນີ້ຍັງບໍ່ໄດ້ຮັບການກວດກາຈາກບັນນາທິການ ແລະ ອາດມີຂໍ້ຜິດພາດ. ຕົ້ນສະບັບແມ່ນສະບັບທີ່ເປັນທາງການ.',
  },
  released: 'ກວດກາຄຳແປທຽບກັບຕົ້ນສະບັບ ({{date}}) ແລ້ວ',
  language: 'ພາສາ',
  otherLanguages: 'ພາສາອື່ນໆ',
  formats: {
    label: 'ດາວໂຫລດ',
    html: 'ໜ້າເວັບ',
    pdf: 'PDF',
    txt: 'ຂໍ້ຄວາມທຳມະດາ',
  },
  footer: {
    page: 'ໜ້າ {{page}} / {{pages}}',
  },
  published: 'ເຜີຍແຜ່: {{date}}',
  links: 'ລິ້ງ',
  notes: {
    title: 'ໝາຍເຫດ',
    back: 'ກັບໄປຫາເນື້ອຫາ',
  },
  status: {
    source: 'ຕົ້ນສະບັບ',
    approved: 'ກວດກາແລ້ວ',
    draft: 'ຮ່າງ, ຍັງບໍ່ໄດ້ກວດກາ',
    pending: 'ລໍຖ້າການແປ',
  },
  index: {
    title: 'ສະບັບ',
    statement: 'ຖະແຫຼງການ',
    language: 'ພາສາ',
    status: 'ສະຖານະ',
    files: 'ໄຟລ໌',
  },
  review: {
    title: 'ກວດກາ',
    approve: 'ອະນຸມັດ',
    save: 'ບັນທຶກ',
    revert: 'ຍົກເລີກການປ່ຽນແປງ',
    source: 'ຕົ້ນສະບັບ',
    translation: 'ຄຳແປ',
    search: 'ຊອກຫາ',
    progress: 'ຄວາມຄືບໜ້າ',
    needsReview: 'ລໍຖ້າກວດກາ',
    stale: 'ລ້າສະໄໝ',
    untranslated: 'ຍັງບໍ່ໄດ້ແປ',
    all: 'ທັງໝົດ',
  },
} satisfies UiWords;
