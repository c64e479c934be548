// One renderer per format, one signature: (edition, ui words, options) → bytes. Heavy ones load lazily.
import type { Edition, Format } from '../edition.js';
import type { Subsetter } from './pdf/font-subset.js';
import type { Translate } from './ui.js';

export interface RenderOptions {
  /** Fixed creation date for reproducible output (from the statement or SOURCE_DATE_EPOCH). */
  creationDate: Date;
  /** The language's font stack override (config `fonts:`), for the PDF. */
  fonts?: string[];
  /** Where output/ is published (config `baseUrl`): canonical and absolute alternate links in HTML. */
  baseUrl?: string;
  /** PDF: where the fonts' subsets are made, when not in this thread (a render worker asks its parent). */
  subsetter?: Subsetter;
}

export type Renderer = (edition: Edition, t: Translate, options: RenderOptions) => Promise<Uint8Array>;

const encoder = new TextEncoder();

export const RENDERERS: Record<Format, () => Promise<Renderer>> = {
  html: async () => {
    const { renderHtml } = await import('./html.js');
    return async (edition, t, options) => encoder.encode(renderHtml(edition, t, { baseUrl: options.baseUrl }));
  },
  txt: async () => {
    const { renderText } = await import('./text.js');
    return async (edition, t) => encoder.encode(renderText(edition, t));
  },
  pdf: async () => {
    const { renderPdf } = await import('./pdf/index.js');
    return (edition, t, options) => renderPdf(edition, t, options);
  },
};
