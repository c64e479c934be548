// The one interface every machine-translation engine implements. Adding an engine is adding one file
// in engines/ and one line in choose.ts.
import type { LanguageSettings } from '../config.js';

export type EngineName = 'deepl' | 'apertium';

export interface TranslateRequest {
  from: string;
  to: string;
  /** Segments as XML with placeholders (see markup.ts): tags must come back, text is translated. */
  texts: string[];
  /** Text that helps the engine but is not translated or billed (DeepL's `context`). */
  context?: string;
  /** Glossary entries for the target (source term → required term), for engines that take one. */
  glossary?: Record<string, string>;
  settings: LanguageSettings;
}

export interface Engine {
  readonly name: EngineName;
  /** How many texts and bytes one request may carry. */
  readonly limits: { texts: number; bytes: number };
  /** True when the engine applies a glossary itself; otherwise kept terms are held back as placeholders. */
  readonly glossaries: boolean;
  /** What the origin comment records after the engine's name: its model, mode or pivot. */
  label(from: string, to: string, settings: LanguageSettings): string;
  /** One reply per text, in order. Throws EditionsError with a plain message on failure. */
  translate(request: TranslateRequest): Promise<string[]>;
  /** What is left of a paid quota, in words ("123,456 of 500,000 characters left"), if the engine has one. */
  remaining?(): Promise<string>;
}
