// PO messages from tokens, by gettext's grammar (po-gram-gen.y): comments only before an entry,
// `#|` previous strings before msgctxt/msgid, msgstr after msgid, `#~` on every part or none.
import { EditionsError } from '../../errors.js';
import type { Token } from './lex.js';

/** One PO message as gettext reads it, comments sorted by kind, text unescaped. */
export interface PoMessage {
  /** Line of the msgid keyword. */
  line: number;
  obsolete: boolean;
  translator: string[];
  extracted: string[];
  references: string[];
  /** Flags as written on `#,` lines, one token each (`range: 1..3` stays one). */
  flags: string[];
  previousContext?: string;
  previousSource?: string;
  previousPlural?: string;
  context?: string;
  source: string;
  plural?: string;
  translations: string[];
}

type Comments = Pick<PoMessage, 'translator' | 'extracted' | 'references' | 'flags'>;

const emptyComments = (): Comments => ({ translator: [], extracted: [], references: [], flags: [] });

/** Parse tokens into messages; throws EditionsError (po-syntax) where msgfmt reports a syntax error. */
export function parseMessages(tokens: Token[], file: string): PoMessage[] {
  const messages: PoMessage[] = [];
  let position = 0;
  let comments = emptyComments();
  const fail = (message: string, line: number): never => {
    throw new EditionsError(`cannot read the catalog: ${message}`, { rule: 'po-syntax', place: { file, line } });
  };
  const describe = (token: Token) => (token.kind === 'comment' ? `the comment line "#${token.value}"` : token.kind === 'string' ? 'a quoted string' : `"${token.previous ? '#| ' : ''}${token.kind}"`);

  /** Consecutive strings of the same kind (previous or not), concatenated. */
  const strings = (previous: boolean, after: Token): string => {
    let value = '';
    let count = 0;
    for (let token = tokens[position]; token?.kind === 'string' && token.previous === previous; token = tokens[position]) {
      same(token, after);
      value += token.value;
      position++;
      count++;
    }
    if (!count) {
      const token = tokens[position];
      fail(`${token ? `${describe(token)} where` : 'the file ends where'} the text of ${after.previous ? '#| ' : ''}${after.kind} in double quotes was expected`, token?.line ?? after.line);
    }
    return value;
  };
  const same = (token: Token, first: Token) => {
    if (token.obsolete !== first.obsolete) fail('inconsistent use of #~: mark every line of an obsolete entry with #~, or none', token.line);
  };
  const take = (kind: Token['kind'], previous: boolean): Token | undefined => {
    const token = tokens[position];
    if (token?.kind === kind && token.previous === previous) {
      position++;
      return token;
    }
    return undefined;
  };

  while (position < tokens.length) {
    const token = tokens[position];
    if (token.kind === 'comment') {
      dispatchComment(token.value, comments);
      position++;
      continue;
    }
    if (token.kind === 'domain') fail('"domain" directives are not supported; keep one catalog per file', token.line);
    if (!token.previous && token.kind !== 'msgctxt' && token.kind !== 'msgid') {
      fail(`${describe(token)} where an entry should start; an entry is [msgctxt "…"] msgid "…" msgstr "…"`, token.line);
    }
    const message: PoMessage = { line: 0, obsolete: token.obsolete, ...comments, source: '', translations: [] };
    comments = emptyComments();
    if (token.previous) {
      if (take('msgctxt', true)) message.previousContext = strings(true, token);
      const previousId = take('msgid', true);
      if (!previousId) fail(`${describe(tokens[position] ?? token)} where "#| msgid" was expected`, (tokens[position] ?? token).line);
      same(previousId!, token);
      message.previousSource = strings(true, previousId!);
      const previousPlural = take('msgid_plural', true);
      if (previousPlural) message.previousPlural = strings(true, previousPlural);
    }
    const contextToken = take('msgctxt', false);
    if (contextToken) {
      same(contextToken, token);
      message.context = strings(false, contextToken);
    }
    const id = take('msgid', false);
    if (!id) {
      const here = tokens[position];
      const hint = here?.kind === 'comment' || here?.previous ? 'comments and flags go above msgctxt and msgid' : 'an entry is [msgctxt "…"] msgid "…" msgstr "…"';
      fail(`${here ? describe(here) : 'the end of the file'} where msgid was expected; ${hint}`, here?.line ?? token.line);
    }
    same(id!, token);
    message.line = id!.line;
    message.source = strings(false, id!);
    readTranslations(message, id!);
    messages.push(message);
  }
  return messages;

  function readTranslations(message: PoMessage, id: Token): void {
    const plural = take('msgid_plural', false);
    if (plural) {
      same(plural, id);
      message.plural = strings(false, plural);
    }
    for (let msgstr = take('msgstr', false); msgstr; msgstr = take('msgstr', false)) {
      same(msgstr, id);
      const open = take('[', false);
      if (!plural && open) fail("missing 'msgid_plural' section before msgstr[…]; write the translation as msgstr \"…\"", id.line);
      if (plural) {
        const number = take('number', false);
        if (!open || !number || !take(']', false)) fail('write plural translations as msgstr[N] "…"', msgstr.line);
        if (Number(number!.value) !== message.translations.length) {
          fail(`${message.translations.length ? 'plural form has wrong index' : 'first plural form has nonzero index'}; number the forms msgstr[0], msgstr[1], …`, msgstr.line);
        }
      }
      message.translations.push(strings(false, msgstr));
      if (!plural) break;
    }
    if (!message.translations.length) {
      const here = tokens[position];
      const hint = here?.kind === 'comment' ? 'flags and comments go above msgctxt and msgid' : `add msgstr${plural ? '[0]' : ''} "" after the msgid`;
      fail(`missing 'msgstr${plural ? '[]' : ''}' section${here ? ` (found ${describe(here)})` : ''}; ${hint}`, here?.kind === 'comment' ? here.line : id.line);
    }
  }
}

/** gettext's po_callback_comment_dispatcher: `#.` extracted, `#:` references, `#,` flags, else translator. */
function dispatchComment(text: string, comments: Comments): void {
  const first = text[0];
  if (first === '.') comments.extracted.push(text.slice(text[1] === ' ' ? 2 : 1));
  else if (first === ':') addReferences(comments, parseReferences(text.slice(1)));
  else if (first === ',' || first === '!') comments.flags.push(...parseFlags(text.slice(1)));
  else {
    // Solaris-style `# File: a.c, line: 12` is a reference too (po_parse_comment_solaris_filepos).
    const solaris = /^ [Ff]ile:[ \t]*(.*?)[ \t]*,[ \t]*line[ \t]*(?:number[ \t]*)?:(\d+)[ \t\n]*$/.exec(text);
    if (solaris) addReferences(comments, [`${solaris[1]}:${Number(solaris[2])}`]);
    else comments.translator.push(text.startsWith(' ') ? text.slice(1) : text);
  }
}

function addReferences(comments: Comments, references: string[]): void {
  // message_comment_filepos: a place already listed is not added again.
  for (const reference of references) if (!comments.references.includes(reference)) comments.references.push(reference);
}

/** `#: a.md:3 b.md : 4 c.md` → ["a.md:3", "b.md:4", "c.md"], as gettext's po_parse_comment_filepos. */
function parseReferences(text: string): string[] {
  const result: string[] = [];
  const pattern = /(\S+?)(?:\s*:\s*(\d+)(?=\s|$)|:(\d+)(?=\s|$)|(?=\s|$))/gy;
  const trimmed = text.replace(/^[ \t\n]+/, '');
  let rest = trimmed;
  while (rest) {
    pattern.lastIndex = 0;
    const match = pattern.exec(rest);
    if (!match) break;
    const name = match[1];
    const number = match[2] ?? match[3];
    result.push(number !== undefined ? `${name}:${Number(number)}` : name);
    rest = rest.slice(match[0].length).replace(/^[ \t\n]+/, '');
  }
  return result;
}

/** `#, fuzzy, c-format, range: 1..3` → ["fuzzy", "c-format", "range: 1..3"]. */
function parseFlags(text: string): string[] {
  const tokens = text.split(/[\n \t\r\f\v,]+/).filter(Boolean);
  const result: string[] = [];
  for (let index = 0; index < tokens.length; index++) {
    if (tokens[index] === 'range:' && index + 1 < tokens.length) result.push(`range: ${tokens[++index]}`);
    else result.push(tokens[index]);
  }
  return result;
}
