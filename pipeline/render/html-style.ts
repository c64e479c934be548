// The page's inline stylesheet. Logical properties (margin-inline, text-align: start) so RTL mirrors.
// Colours keep text at 4.5:1 or more on its background in both schemes; nothing is wider than 375 px.
export const PAGE_CSS = `
:root { color-scheme: light dark; --text: #1a1a1a; --muted: #555; --page: #fff; --link: #0645ad; --rule: #ccc; --banner: #fff3cd; --banner-rule: #8a6100; }
@media (prefers-color-scheme: dark) {
  :root { --text: #e8e8e8; --muted: #b8b8b8; --page: #121212; --link: #8ab4f8; --rule: #444; --banner: #3a2f00; --banner-rule: #d39e00; }
}
html { font-family: "Noto Serif", "Noto Naskh Arabic", "Noto Serif Hebrew", "Noto Serif CJK SC", "Noto Serif Devanagari", Georgia, serif; line-height: 1.55; color: var(--text); background: var(--page); }
:lang(ar), :lang(fa), :lang(ur) { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Noto Serif", serif; line-height: 1.9; }
:lang(he) { font-family: "Noto Serif Hebrew", "Noto Sans Hebrew", "Noto Serif", serif; }
:lang(zh-Hans) { font-family: "Noto Serif CJK SC", "Noto Sans CJK SC", serif; }
:lang(zh-Hant) { font-family: "Noto Serif CJK TC", "Noto Sans CJK TC", serif; }
:lang(ja) { font-family: "Noto Serif CJK JP", "Noto Sans CJK JP", serif; line-break: strict; }
:lang(ko) { font-family: "Noto Serif CJK KR", "Noto Sans CJK KR", serif; word-break: keep-all; }
:lang(hi), :lang(mr) { font-family: "Noto Serif Devanagari", "Noto Sans Devanagari", serif; }
:lang(th) { font-family: "Noto Serif Thai", "Noto Sans Thai", serif; }
body { margin: 0; overflow-wrap: break-word; }
a { color: var(--link); }
main, header.site > nav, footer.site > nav, .draft-banner > * { max-width: 42rem; margin-inline: auto; }
main, header.site > nav, footer.site > nav { padding-inline: 1.25rem; }
header.site > nav.languages { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.25rem 0.75rem; padding-block: 0.5rem; font-size: 0.95rem; }
nav.languages ul, footer.site ul { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; }
nav.languages .label { color: var(--muted); }
nav.languages .current { font-weight: bold; }
.draft-banner { background: var(--banner); border-block-end: 3px solid var(--banner-rule); padding: 0.75rem 1.25rem; text-align: center; }
.draft-banner p { margin-block: 0; }
main header { margin-block: 2rem 1.5rem; }
.organization { text-transform: uppercase; letter-spacing: 0.06em; font-size: 0.85rem; color: var(--muted); margin: 0; }
h1 { font-size: 1.9rem; line-height: 1.25; margin-block: 0.4rem; }
.subtitle { font-size: 1.2rem; margin-block: 0.2rem; }
.date, .released { color: var(--muted); font-size: 0.95rem; margin-block: 0.2rem; }
.summary { font-size: 1.1rem; font-style: italic; }
.statement p { text-align: start; hyphens: auto; }
.statement a { overflow-wrap: anywhere; }
.statement pre { white-space: pre-wrap; overflow-wrap: anywhere; }
.statement img { max-width: 100%; height: auto; }
/* Tables shrink to the page (cells wrap anywhere) instead of scrolling: a scrolling region would need focus. */
.statement table { max-width: 100%; border-collapse: collapse; }
.statement th, .statement td { border: 1px solid var(--rule); padding: 0.25rem 0.4rem; overflow-wrap: anywhere; }
.signature { margin-block: 2rem; }
.signature p { margin: 0; }
.signature .author { font-weight: bold; }
footer.site { border-block-start: 1px solid var(--rule); margin-block-end: 2rem; padding-block-start: 1rem; font-size: 0.95rem; }
footer.site p { margin-block: 0.5rem 0.25rem; font-weight: bold; }
@media print {
  :root { --text: #000; --muted: #000; --page: #fff; --link: #000; }
  header.site > nav, footer.site { display: none; }
  .draft-banner { border: 2px solid #000; background: none; }
  a, a:visited { color: #000; text-decoration: underline; }
  a[href^="http"]::after, a[href^="mailto:"]::after { content: " (" attr(href) ")"; font-size: 0.85em; overflow-wrap: anywhere; }
  @page { size: A4; margin: 2cm; }
}
`;
