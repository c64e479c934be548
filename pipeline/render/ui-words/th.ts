// Thai (th): the editions' own words. How they were written and checked: ./README.md.
import type { UiWords } from './keys.js';

export default {
  draft: {
    banner: 'ร่างคำแปล — ยังไม่ได้ตรวจทาน',
    detail: 'คำแปลนี้ยังไม่ได้รับการตรวจทานจากบรรณาธิการและอาจมีข้อผิดพลาด ให้ถือต้นฉบับเป็นหลัก',
  },
  released: 'ตรวจทานคำแปลเทียบกับต้นฉบับแล้ว ({{date}})',
  language: 'ภาษา',
  otherLanguages: 'ภาษาอื่น',
  formats: {
    label: 'ดาวน์โหลด',
    html: 'หน้าเว็บ',
    pdf: 'PDF',
    txt: 'ข้อความธรรมดา',
  },
  footer: {
    page: 'หน้า {{page}} จาก {{pages}}',
  },
  published: 'เผยแพร่: {{date}}',
  links: 'ลิงก์',
  notes: {
    title: 'หมายเหตุ',
    back: 'กลับไปที่เนื้อหา',
  },
  status: {
    source: 'ต้นฉบับ',
    approved: 'ตรวจทานแล้ว',
    draft: 'ร่าง ยังไม่ได้ตรวจทาน',
    pending: 'รอการแปล',
  },
  index: {
    title: 'ฉบับต่าง ๆ',
    statement: 'แถลงการณ์',
    language: 'ภาษา',
    status: 'สถานะ',
    files: 'ไฟล์',
  },
  review: {
    title: 'ตรวจทาน',
    approve: 'อนุมัติ',
    save: 'บันทึก',
    revert: 'ย้อนกลับ',
    source: 'ต้นฉบับ',
    translation: 'คำแปล',
    search: 'ค้นหา',
    progress: 'ความคืบหน้า',
    needsReview: 'รอตรวจทาน',
    stale: 'ล้าสมัย',
    untranslated: 'ยังไม่ได้แปล',
    all: 'ทั้งหมด',
  },
} satisfies UiWords;
