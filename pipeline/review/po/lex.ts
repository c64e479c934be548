// PO tokens as gettext's po-lex.c reads them: keywords, strings (with C escapes), comments, numbers,
// `#~` (obsolete) and `#|` (previous) prefixes. Whatever msgfmt calls a lexical error throws here.
import { EditionsError } from '../../errors.js';

export type TokenKind = 'comment' | 'msgctxt' | 'msgid' | 'msgid_plural' | 'msgstr' | 'domain' | 'string' | 'number' | '[' | ']';

export interface Token {
  kind: TokenKind;
  /** String value, comment text (after `#`) or number. */
  value: string;
  line: number;
  obsolete: boolean;
  /** Inside a `#|` line: msgctxt/msgid/msgid_plural/string of the previous source. */
  previous: boolean;
}

const KEYWORDS = new Set(['domain', 'msgid', 'msgid_plural', 'msgstr', 'msgctxt']);
const PREVIOUS_KEYWORDS = new Set(['msgid', 'msgid_plural', 'msgctxt']);
/** A run of string characters that need no attention. */
const PLAIN = /[^"\\\n]*/y;
const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', b: '\b', r: '\r', f: '\f', v: '\v', a: '\x07', '\\': '\\', '"': '"' };

/** Tokenize PO text; throws EditionsError (po-syntax) at the line msgfmt would name. */
export function tokenize(text: string, file: string): Token[] {
  // A backslash at the end of a line continues it (lex_getc); keep line numbers by counting them.
  const tokens: Token[] = [];
  let index = 0;
  let line = 1;
  let obsolete = false;
  let previous = false;
  const fail = (message: string, at = line): never => {
    throw new EditionsError(message, { rule: 'po-syntax', place: { file, line: at } });
  };
  const peek = (): string | undefined => {
    while (text[index] === '\\' && text[index + 1] === '\n') {
      index += 2;
      line++;
    }
    if (index >= text.length) return undefined;
    const code = text.codePointAt(index)!;
    return String.fromCodePoint(code);
  };
  const next = (): string | undefined => {
    const char = peek();
    if (char === undefined) return undefined;
    index += char.length;
    if (char === '\n') line++;
    return char;
  };
  const push = (kind: TokenKind, value = '', at = line) => tokens.push({ kind, value, line: at, obsolete, previous });

  for (;;) {
    const char = next();
    if (char === undefined) return tokens;
    if (char === '\n') {
      obsolete = false;
      previous = false;
    } else if (' \t\r\f\v'.includes(char)) {
      continue;
    } else if (char === '#') {
      const after = peek();
      if (after === '~') {
        next();
        obsolete = true;
        if (peek() === '|') {
          next();
          previous = true;
        }
      } else if (after === '|') {
        next();
        previous = true;
      } else {
        const at = line;
        const end = text.indexOf('\n', index);
        const body = text.slice(index, end < 0 ? text.length : end);
        index = end < 0 ? text.length : end + 1;
        push('comment', body.replace(/\r$/, ''), at);
        line = end < 0 ? line : line + 1;
        obsolete = false;
      }
    } else if (char === '"') {
      push('string', readString(), line);
    } else if (/[A-Za-z_$]/.test(char)) {
      let word = char;
      while (/^[A-Za-z0-9_$]$/.test(peek() ?? '')) word += next();
      if (!(previous ? PREVIOUS_KEYWORDS : KEYWORDS).has(word)) {
        const last = tokens[tokens.length - 1];
        if (last?.kind === 'string' && last.line === line) fail(`cannot read the catalog: unexpected "${word}" after a closing quote; write a quote inside the text as \\"`);
        fail(`cannot read the catalog: unexpected "${word}"${previous ? ' in a #| line' : ''}; a PO entry has only msgctxt, msgid and msgstr lines, with text in double quotes`);
      }
      push(word as TokenKind);
    } else if (/[0-9]/.test(char)) {
      let digits = char;
      while (/^[0-9]$/.test(peek() ?? '')) digits += next();
      push('number', digits);
    } else if (char === '[' || char === ']') {
      push(char);
    } else {
      if (char === '\uFEFF') fail('cannot read the catalog: it starts with a byte order mark (U+FEFF), which msgfmt rejects; save it as UTF-8 without BOM');
      const shown = /[\p{L}\p{N}\p{P}\p{S}]/u.test(char) ? `"${char}"` : `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
      fail(`cannot read the catalog: unexpected ${shown} outside a quoted string; put text inside msgid/msgstr quotes or start a comment with #`);
    }
  }

  function readString(): string {
    let value = '';
    let bytes: number[] = [];
    const flush = () => {
      if (bytes.length) value += Buffer.from(bytes).toString('utf8');
      bytes = [];
    };
    for (;;) {
      PLAIN.lastIndex = index;
      const run = PLAIN.exec(text)![0];
      if (run) {
        flush();
        value += run;
        index += run.length;
      }
      const char = next();
      if (char === undefined) fail('cannot read the catalog: end of file within a string; close it with "');
      if (char === '\n') fail('cannot read the catalog: End-of-line within string; close it with " on the same line', line - 1);
      if (char === '"') break;
      if (char !== '\\') {
        flush();
        value += char;
        continue;
      }
      const escaped = escape();
      if (typeof escaped === 'number') bytes.push(escaped);
      else {
        flush();
        value += escaped;
      }
    }
    flush();
    if (value.includes('\u0004')) fail('cannot read the catalog: a string contains the context separator U+0004 (EOT); remove it');
    if (value.includes('\u0000')) fail('the catalog contains a NUL character in a string; remove it');
    return value;
  }

  /** A C escape after a backslash: a character, or one byte for octal and hex escapes. */
  function escape(): string | number {
    const char = peek() ?? '';
    if (SIMPLE_ESCAPES[char] !== undefined) {
      next();
      return SIMPLE_ESCAPES[char];
    }
    if (/[0-7]/.test(char)) {
      let digits = '';
      while (digits.length < 3 && /^[0-7]$/.test(peek() ?? '')) digits += next();
      return parseInt(digits, 8) & 0xff;
    }
    if (char === 'x' && /^[0-9A-Fa-f]$/.test(text[index + 1] ?? '')) {
      next();
      let digits = '';
      while (/^[0-9A-Fa-f]$/.test(peek() ?? '')) digits += next();
      return parseInt(digits, 16) & 0xff;
    }
    return fail(`cannot read the catalog: unknown escape \\${char}; write a backslash as \\\\`);
  }
}
