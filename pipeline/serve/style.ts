// The review page's stylesheet: readable on a laptop and on a 375 px phone (rows become cards, nothing
// scrolls sideways), logical properties, RTL and CJK friendly.
export const REVIEW_CSS = `
:root { color-scheme: light; --line: #d8d8d8; --muted: #666; }
html, body { overflow-wrap: anywhere; }
body { font-family: "Noto Sans", "Noto Sans Arabic", "Noto Sans Hebrew", "Noto Sans CJK SC", "Noto Sans Devanagari", system-ui, sans-serif; margin: 0; color: #1a1a1a; background: #fafafa; font-size: 15px; }
header.top { position: sticky; inset-block-start: 0; background: #fff; border-block-end: 1px solid var(--line); padding: 0.6rem 1rem; z-index: 2; }
h1 { font-size: 1.3rem; margin: 0.2rem 0 0.5rem; }
h2 { font-size: 1.1rem; margin: 1.5rem 1rem 0.5rem; }
.progress { display: flex; block-size: 0.6rem; inline-size: 100%; max-inline-size: 32rem; border-radius: 3px; overflow: hidden; background: #eee; }
.bar-approved { background: #2e7d32; } .bar-needs-review { background: #f9a825; } .bar-stale { background: #ef6c00; } .bar-untranslated { background: #bdbdbd; }
.toolbar { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; margin-block-start: 0.5rem; }
.filters button[aria-pressed="true"] { background: #1a1a1a; color: #fff; }
button { font: inherit; padding: 0.25rem 0.6rem; border: 1px solid #999; border-radius: 4px; background: #fff; cursor: pointer; }
button:disabled { opacity: 0.4; cursor: default; }
button.approve { background: #2e7d32; color: #fff; border-color: #2e7d32; }
input.search { font: inherit; padding: 0.25rem 0.5rem; min-inline-size: 16rem; }
.keys { color: var(--muted); font-size: 0.8rem; margin: 0.4rem 0 0; }
.notice { margin-block-start: 0.5rem; padding: 0.4rem 0.6rem; border-radius: 4px; }
.notice.error { background: #fdecea; border: 1px solid #c62828; }
.notice.info { background: #e8f4fd; border: 1px solid #1565c0; }
table { border-collapse: collapse; inline-size: 100%; background: #fff; }
table.overview { margin: 0 1rem; inline-size: calc(100% - 2rem); }
th, td { border-block-end: 1px solid var(--line); padding: 0.5rem; text-align: start; vertical-align: top; }
td.num { text-align: end; font-variant-numeric: tabular-nums; }
tr.entry.current { outline: 2px solid #1565c0; outline-offset: -2px; }
td.pick { inline-size: 1.5rem; }
td.source { inline-size: 40%; }
td.translation { inline-size: 40%; }
td.info { inline-size: 20%; font-size: 0.85rem; }
.meta, .origin, .status { color: var(--muted); font-size: 0.8rem; }
textarea { inline-size: 100%; box-sizing: border-box; font: inherit; line-height: 1.5; padding: 0.4rem; border: 1px solid #bbb; border-radius: 4px; resize: vertical; }
textarea:lang(ja), textarea:lang(zh-Hans), textarea:lang(zh-Hant), textarea:lang(ko) { line-height: 1.7; }
textarea[dir="rtl"] { font-size: 1.05em; line-height: 1.8; }
.state { display: inline-block; padding: 0 0.4rem; border-radius: 3px; font-weight: 600; }
.state-approved { background: #e8f5e9; color: #1b5e20; } .state-needs-review { background: #fff8e1; color: #7a5800; }
.state-stale { background: #fff3e0; color: #a33f00; } .state-untranslated { background: #eee; color: #444; }
ul.findings { margin: 0.3rem 0; padding-inline-start: 1rem; } li.error { color: #b71c1c; } li.warning { color: #7a5800; }
.diff { margin-block-start: 0.4rem; font-size: 0.85rem; background: #fff3e0; padding: 0.3rem; border-radius: 3px; }
.diff del { background: #ffcdd2; } .diff ins { background: #c8e6c9; text-decoration: none; }
.actions { display: flex; gap: 0.3rem; flex-wrap: wrap; margin-block-start: 0.4rem; }
.preview { margin-block-start: 0.3rem; padding: 0.3rem 0.4rem; border-inline-start: 3px solid #90caf9; background: #f5f9ff; font-size: 0.9rem; }
.preview p { margin: 0; }
.preview .link { color: #0d47a1; text-decoration: underline dotted; }
.preview .image { color: #b71c1c; font-style: italic; }
.update-diff { margin-block-start: 0.4rem; font-size: 0.85rem; background: #f3e5f5; padding: 0.3rem; border-radius: 3px; }
.update-diff del { background: #ffcdd2; } .update-diff ins { background: #c8e6c9; text-decoration: none; }
.conflict { margin-block-start: 0.4rem; padding: 0.4rem; border: 1px solid #c62828; border-radius: 4px; background: #fdecea; }
.conflict p { margin: 0 0 0.3rem; font-size: 0.85rem; }
.theirs { white-space: pre-wrap; background: #fff; padding: 0.3rem; border-radius: 3px; }
.conflict-actions { display: flex; gap: 0.3rem; flex-wrap: wrap; margin-block-start: 0.3rem; }
.confirm { margin-block-start: 0.4rem; padding: 0.4rem; border: 1px solid #b71c1c; border-radius: 4px; background: #fff8f8; }
.confirm p { margin: 0 0 0.3rem; }
.confirm .approve-anyway { background: #b71c1c; color: #fff; border-color: #b71c1c; }
td.problem { color: #b71c1c; }
.visually-hidden { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media (max-width: 40rem) {
  header.top { position: static; padding: 0.5rem; }
  input.search { min-inline-size: 0; inline-size: 100%; box-sizing: border-box; }
  table.entries, table.entries tbody, table.entries tr, table.entries td { display: block; inline-size: auto; }
  table.entries thead { display: none; }
  table.entries tr.entry { border-block-end: 2px solid var(--line); padding: 0.3rem 0; }
  table.entries td { border: 0; padding: 0.25rem 0.5rem; }
  td.pick { float: inline-end; }
  table.overview { margin: 0; inline-size: 100%; }
  table.overview .bar { display: none; }
  th, td { padding: 0.3rem; }
  .actions button, .conflict-actions button, .confirm button { flex: 1 1 auto; min-block-size: 2.5rem; }
}
`;
