// The document model shared by extraction and every renderer (HTML, text, PDF, any format added
// later). Renderers implement `Handlers<Context, Result>` over `NODE_ROLES` and use these helpers,
// so every format numbers notes, lists and headings the same way.
export { NODE_ROLES, unsupportedNode, type Handlers, type NodeOf, type NodeRole, type NodeType } from './nodes.js';
export { headingLevels, type HeadingLevels } from './headings.js';
export { collectFootnotes, footnoteLabels, type Footnotes } from './footnotes.js';
export { listMarker, taskMarker, TASK_MARKERS } from './lists.js';
export { droppedHtml, htmlText, isComment } from './raw-html.js';
export { SAFE_SCHEMES, isSafeUrl } from './links.js';
