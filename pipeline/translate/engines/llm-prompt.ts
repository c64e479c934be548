// What a language model is told: the instructions (system message) and the request object (last
// user message) of the wire contract documented in the README. Pure functions of the request.
import type { TranslateRequest } from '../engine.js';

const REGISTER: Record<string, string> = {
  prefer_more: 'Use a formal register (the polite form of address where the language has one).',
  prefer_less: 'Use an informal register (the familiar form of address where the language has one).',
  more: 'Use a formal register (the polite form of address where the language has one).',
  less: 'Use an informal register (the familiar form of address where the language has one).',
};

/** The system message: the task, the markup rule, glossary and register, and how updates work. */
export function llmInstructions(request: TranslateRequest): string {
  const lines = [
    `You are a professional translator of public statements from ${name(request.from)} (${request.from}) into ${name(request.to)} (${request.to}).`,
    'The user message is one JSON object. Translate every string of "texts", in order, and answer with the JSON object {"translations": [...]}: exactly one translation per text, nothing else.',
    'The texts contain XML placeholder tags such as <a i="0">…</a>, <b>…</b>, <em>…</em>, <m i="1">…</m>, <x i="2"/> and <br/>. Keep every tag exactly as written (same names and attributes, each once); translate the words between paired tags and move tags only where the target language needs the words in another order. Never add tags, links, images or Markdown.',
    'Translate faithfully: keep every figure, date, name and quotation; do not summarise, soften or add anything.',
  ];
  if (request.glossary && Object.keys(request.glossary).length) {
    lines.push('"glossary" maps source terms to the translation that must be used; a term mapped to itself must stay exactly as written (a name or acronym).');
  }
  const register = REGISTER[String(request.settings.formality)];
  if (register) lines.push(register);
  if (request.context) lines.push('"context" is the statement\'s title and neighbouring paragraphs: use it to understand the texts; do not translate it.');
  if (request.otherTranslations?.length) lines.push('"other_translations" holds translations of the same texts into other languages that editors approved: use them to resolve ambiguities, not as the source.');
  if (request.updates?.some(Boolean)) {
    lines.push(
      'When "updates"[i] is not null, text i was already translated and an editor approved that translation: "previous_source" is the source it was made for and "previous_translation" the approved translation. Return the approved translation changed ONLY where the difference between previous_source and the new text requires it; keep every other word, the punctuation and the editor\'s wording as they are.',
    );
  }
  return lines.join('\n');
}

/** The request object sent as the last user message. */
export function llmPayload(request: TranslateRequest): Record<string, unknown> {
  return {
    source_language: request.from,
    target_language: request.to,
    texts: request.texts,
    updates: request.texts.map((_, index) => {
      const update = request.updates?.[index];
      return update ? { previous_source: update.previousSource, previous_translation: update.previousTranslation } : null;
    }),
    glossary: request.glossary ?? {},
    context: request.context ?? '',
    other_translations: request.otherTranslations ?? [],
  };
}

/** `response_format`: a JSON schema requiring {"translations": [string × count]}. */
export function responseFormat(count: number): Record<string, unknown> {
  return {
    type: 'json_schema',
    json_schema: {
      name: 'editions_translations',
      strict: true,
      schema: {
        type: 'object',
        properties: { translations: { type: 'array', items: { type: 'string' }, minItems: count, maxItems: count } },
        required: ['translations'],
        additionalProperties: false,
      },
    },
  };
}

function name(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
