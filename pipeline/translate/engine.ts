// The one interface every machine-translation engine implements, and the definition each engine file
// registers (registry.ts). Adding an engine is adding one file in engines/ and one line in registry.ts.
import type { LanguageSettings } from '../config.js';

export type { EngineName } from './registry.js';

/** What the endpoint reports it used for a request (language models bill by token). */
export interface TokenUsage {
  promptTokens: number;
  completionTokens: number;
}

/** A segment an editor approved before its source changed: the engine may update that translation. */
export interface UpdateHint {
  /** The source the approved translation was made for, as placeholders XML. */
  previousSource: string;
  /** The approved translation, as placeholders XML. */
  previousTranslation: string;
}

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
  /** Per text: null, or the approved translation to update (engines with `updates` only). */
  updates?: (UpdateHint | null)[];
  /** Approved translations of the same texts in other languages, to disambiguate (per language, per text). */
  otherTranslations?: { language: string; translations: (string | null)[] }[];
  /** Called with the token usage the endpoint reported, when it reports one. */
  onUsage?: (usage: TokenUsage) => void;
}

export interface Engine {
  readonly name: string;
  /** How many texts and bytes one request may carry. */
  readonly limits: { texts: number; bytes: number };
  /** True when the engine applies a glossary itself; otherwise kept terms are held back as placeholders. */
  readonly glossaries: boolean;
  /** True when the engine can update an approved translation after a source change (see UpdateHint). */
  readonly updates?: boolean;
  /** What the origin comment records after the engine's name: its model, mode or pivot. */
  label(from: string, to: string, settings: LanguageSettings): string;
  /** One reply per text, in order. Throws EditionsError with a plain message on failure. */
  translate(request: TranslateRequest): Promise<string[]>;
  /** What is left of a paid quota, in words ("123,456 of 500,000 characters left"), if the engine has one. */
  remaining?(): Promise<string>;
}
