// GFM and real-world cases beyond the CommonMark spec's examples, each with what its text edition
// must show (`txt`: strings every one of which must be in the translated edition's plain text).
export interface Case {
  name: string;
  markdown: string;
  txt?: string[];
}

export const GFM_CASES: Case[] = [
  {
    name: 'footnotes, referenced out of order and twice',
    markdown: 'The summit[^summit] met in July.[^date] The summit[^summit] ended.\n\n[^date]: On 9–11 July 2024.\n[^summit]: The NATO summit in *Washington*.\n',
    txt: ['On 9–11 July 2024.', 'The NATO summit in Washington.', 'Notes', 'summit¹ met in July.²'],
  },
  {
    name: 'a footnote of two paragraphs and a list',
    markdown: 'Text.[^long]\n\n[^long]: First paragraph.\n\n    Second paragraph.\n\n    - a point\n',
    txt: ['First paragraph.', 'Second paragraph.', 'a point'],
  },
  {
    name: 'reference links, full, collapsed and shortcut, with titles',
    markdown: 'Read [the report][r], the [Declaration][] and [NATO].\n\n[r]: https://example.org/report "The report"\n[declaration]: https://example.org/declaration\n[NATO]: <https://www.nato.int/> \'NATO\'\n',
    txt: ['https://example.org/report', 'https://example.org/declaration', 'https://www.nato.int/', 'the report [1]'],
  },
  {
    name: 'reference images, with a label holding emphasis',
    markdown: 'Logo: ![foo *bar*][] and ![the map][map].\n\n[foo *bar*]: /logo.png "Logo"\n[map]: https://example.org/map.png\n',
    txt: ['Logo: foo bar and the map.'],
  },
  {
    name: 'a reference link inside a list, a quote and a table cell',
    markdown: '- see [a][1]\n\n> quote [b][1]\n\n| x | y |\n| --- | --- |\n| [c][1] | d |\n\n[1]: https://example.org/one\n',
    txt: ['https://example.org/one'],
  },
  {
    name: 'a table with alignment',
    markdown: '| Year | Troops | Note |\n| :--- | ---: | :---: |\n| 2024 | 90,000 | *est.* |\n| 2023 | 80\u202f000 | `n/a` |\n',
    txt: ['2024 | 90,000 | est.', '80\u202f000'],
  },
  {
    name: 'task lists',
    markdown: '- [x] Hold the rally\n- [ ] Print leaflets\n  - [x] nested done\n',
    txt: ['☑ Hold the rally', '☐ Print leaflets', '☑ nested done'],
  },
  { name: 'strikethrough', markdown: 'We ~~support~~ oppose it, ~one tilde~ too.\n', txt: ['We support oppose it'] },
  {
    name: 'autolinks, literal and angle-bracketed',
    markdown: 'Visit www.example.org, https://example.com/path?q=1 or <mailto:info@example.org> and <https://ilps.info>.\n',
    txt: ['www.example.org', 'https://example.com/path?q=1', 'info@example.org'],
  },
  {
    name: 'inline HTML: abbr, sup, br, kbd',
    markdown: 'The <abbr title="World Health Organization">WHO</abbr> said 10<sup>3</sup> cases.<br>Press <kbd>Ctrl</kbd>.\n',
    txt: ['The WHO said 103 cases.', 'Press Ctrl.'],
  },
  {
    name: 'block HTML, sanitized, with Markdown after it',
    markdown: '<div class="box" onclick="steal()">\n<p>Boxed <em>text</em></p>\n</div>\n\nAfter the box.\n',
    txt: ['Boxed text', 'After the box.'],
  },
  { name: 'a script block is dropped', markdown: 'Before.\n\n<script>alert(1)</script>\n\nAfter.\n', txt: ['Before.', 'After.'] },
  {
    name: 'comments: block, inline, and i18n notes and skip',
    markdown: '<!-- editors: check the date -->\n\nText <!-- inline --> here.\n\n<!-- i18n: "ILPS" is a name; keep it -->\nILPS speaks.\n\n<!-- i18n:skip -->\nKeep as is.\n',
    txt: ['Text here.', 'ILPS speaks.', 'Keep as is.'],
  },
  {
    name: 'Unicode spaces: no-break, narrow no-break, ideographic',
    markdown: 'Le prix\u00a0: 10\u202f000\u00a0€, « oui\u00a0».\n\n日本語\u3000の文。\n\n\u00a0Leading no-break space.\n',
    txt: ['Le prix\u00a0: 10\u202f000\u00a0€, « oui\u00a0».', '日本語\u3000の文。', '\u00a0Leading no-break space.'],
  },
  { name: 'ordered lists with start', markdown: '3. third\n4. fourth\n\n- x\n\n0. zero\n1. one\n', txt: ['3. third', '4. fourth', '0. zero'] },
  { name: 'thematic breaks and alt text', markdown: 'Above.\n\n---\n\n![A crowd in the street](crowd.jpg)\n', txt: ['-'.repeat(24), 'A crowd in the street'] },
  {
    name: 'headings from ## without gaps',
    markdown: '## Demands\n\nText.\n\n#### Detail\n\nMore.\n',
    txt: ['Demands', 'Detail'],
  },
  { name: 'emphasis with underscores and nested strong', markdown: '_a_ __b__ ***c*** *__d__*\n' },
  { name: 'hard breaks: backslash and two spaces', markdown: 'one\\\ntwo  \nthree\n', txt: ['one\ntwo\nthree'] },
  { name: 'a long unbreakable word', markdown: `Hash: ${'0123456789abcdef'.repeat(50)}.\n` },
  { name: 'entities and escapes', markdown: '&copy; 2024 &amp; \\*not emphasis\\* &#35; \\[x\\](y)\n', txt: ['© 2024 & *not emphasis* # [x](y)'] },
  { name: 'link with title and angle URL with spaces', markdown: '[a](<https://example.org/a b> "T \\"q\\"") and [b](/rel \'t\')\n' },
  { name: 'inline code with backticks and HTML inside', markdown: 'Use ``a `b` <i>`` and `<script>`.\n', txt: ['a `b` <i>', '<script>'] },
  { name: 'repeated paragraphs stay separate', markdown: 'Solidarity!\n\nSolidarity!\n' },
  { name: 'footnote reference inside emphasis and a link', markdown: '*See*[^a] and [here](https://example.org)[^a].\n\n[^a]: Note A.\n', txt: ['Note A.'] },
  { name: 'nested quote with a list', markdown: '> - one\n>   > deep\n> - two\n' },
  { name: 'a definition inside a list item', markdown: '- [x]: https://example.org\n- [x]\n' },
];
