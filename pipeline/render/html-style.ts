// The page's inline stylesheet. Logical properties (margin-inline, text-align: start) so RTL mirrors.
export const PAGE_CSS = `
:root { color-scheme: light; }
html { font-family: "Noto Serif", "Noto Naskh Arabic", "Noto Serif Hebrew", "Noto Serif CJK SC", "Noto Serif Devanagari", Georgia, serif; line-height: 1.55; color: #1a1a1a; background: #fff; }
:lang(ar), :lang(fa), :lang(ur) { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Noto Serif", serif; line-height: 1.9; }
:lang(he) { font-family: "Noto Serif Hebrew", "Noto Sans Hebrew", "Noto Serif", serif; }
:lang(zh-Hans) { font-family: "Noto Serif CJK SC", "Noto Sans CJK SC", serif; }
:lang(zh-Hant) { font-family: "Noto Serif CJK TC", "Noto Sans CJK TC", serif; }
:lang(ja) { font-family: "Noto Serif CJK JP", "Noto Sans CJK JP", serif; line-break: strict; }
:lang(ko) { font-family: "Noto Serif CJK KR", "Noto Sans CJK KR", serif; word-break: keep-all; }
:lang(hi) { font-family: "Noto Serif Devanagari", "Noto Sans Devanagari", serif; }
:lang(th) { font-family: "Noto Serif Thai", "Noto Sans Thai", serif; }
body { margin: 0; }
article, nav.editions { max-width: 42rem; margin-inline: auto; padding-inline: 1.25rem; }
.draft-banner { background: #fff3cd; border-block-end: 3px solid #d39e00; padding: 0.75rem 1.25rem; text-align: center; }
header { margin-block: 2rem 1.5rem; }
.organization { text-transform: uppercase; letter-spacing: 0.06em; font-size: 0.85rem; color: #555; margin: 0; }
h1 { font-size: 1.9rem; line-height: 1.25; margin-block: 0.4rem; }
.subtitle { font-size: 1.2rem; color: #333; margin-block: 0.2rem; }
.date, .released { color: #555; font-size: 0.95rem; margin-block: 0.2rem; }
.summary { font-size: 1.1rem; font-style: italic; }
.statement p { text-align: start; hyphens: auto; }
.statement a { color: #0645ad; }
.signature { margin-block: 2rem; }
.signature p { margin: 0; }
.signature .author { font-weight: bold; }
nav.editions { border-block-start: 1px solid #ccc; margin-block-end: 2rem; padding-block-start: 1rem; font-size: 0.95rem; }
nav.editions p { margin-block: 0.5rem 0.25rem; font-weight: bold; }
nav.editions ul { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; }
@media print {
  nav.editions { display: none; }
  .draft-banner { border: 2px solid #000; background: none; }
  a { color: inherit; }
  .statement a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.85em; }
  @page { size: A4; margin: 2cm; }
}
`;
