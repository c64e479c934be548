// A render worker: the same renderers, on another core. Editions arrive as plain data (structured
// clone) and leave as bytes, so nothing but the task crosses the thread boundary.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { Edition, Format, Place } from '../edition.js';
import { formatProblem, isEditionsError } from '../errors.js';
import type { UiResources } from '../workspace.js';
import { remoteSubsetter } from './pdf/subset-service.js';
import { RENDERERS, type RenderOptions, type Renderer } from './renderers.js';
import { uiTranslator } from './ui.js';

export interface RenderTask {
  id: number;
  format: Format;
  edition: Edition;
  ui: UiResources;
  fallback: string;
  options: RenderOptions;
  /** Texts whose every character some font must cover before the PDF is drawn (checked here, where the fonts are). */
  coverage?: CoverageTask;
}

export interface CoverageTask {
  texts: { text: string; place: Place }[];
  language: string;
  fonts?: string[];
}

export type RenderReply =
  | { id: number; bytes: Uint8Array }
  | { id: number; uncovered: string[] }
  | { id: number; error: { message: string; rule?: string; place?: { file: string; line: number } } };

/** `locales/ar/x.po:41: no font covers U+2603 (☃) … [no-glyph]`, one line per character no font has. */
export async function uncoveredLines(task: CoverageTask): Promise<string[]> {
  const { uncoveredCharacters, describeCharacter } = await import('./pdf/coverage.js');
  return uncoveredCharacters(task.texts, task.language, task.fonts).map(({ place, char }) =>
    formatProblem(`no font covers ${describeCharacter(char)}; the PDF would show a box, so it was not made`, 'no-glyph', place),
  );
}

/** Each renderer loaded once per worker (the PDF one parses its fonts once, then keeps them). */
const loaded = new Map<Format, Promise<Renderer>>();
const renderer = (format: Format) => {
  if (!loaded.has(format)) loaded.set(format, RENDERERS[format]());
  return loaded.get(format)!;
};

/** The pool's channel for font subsets (render/pool.ts), when it gave one. */
const subsets = (workerData as { subsets?: MessagePort } | undefined)?.subsets;
const subsetter = subsets && remoteSubsetter(subsets);

parentPort?.on('message', async (task: RenderTask | { warm: Format }) => {
  if ('warm' in task) {
    // Loading ahead is an optimisation: a failure here shows up again, reported, on the first task.
    renderer(task.warm).catch(() => loaded.delete(task.warm));
    return;
  }
  try {
    const uncovered = task.coverage ? await uncoveredLines(task.coverage) : [];
    if (uncovered.length) {
      parentPort!.postMessage({ id: task.id, uncovered } satisfies RenderReply);
      return;
    }
    const render = await renderer(task.format);
    const bytes = await render(task.edition, uiTranslator(task.ui, task.edition.language, task.fallback), { ...task.options, subsetter });
    parentPort!.postMessage({ id: task.id, bytes } satisfies RenderReply, [bytes.buffer as ArrayBuffer]);
  } catch (error) {
    const detail = isEditionsError(error) ? { message: error.message, rule: error.rule, place: error.place } : { message: String((error as Error)?.stack ?? error) };
    parentPort!.postMessage({ id: task.id, error: detail } satisfies RenderReply);
  }
});
