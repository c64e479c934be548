// A font file read by table, with positioned reads: the members of a collection, a member's
// PostScript name, and a member as a font file of its own without its CFF outlines. Shaping needs
// the layout tables, not the outlines, and in a CJK collection the outlines are 23 of its 26 MB.
// (OpenType: table directory, TTC header, name table.)
import { closeSync, openSync, readSync } from 'node:fs';

interface Table {
  tag: string;
  offset: number;
  length: number;
}

interface Member {
  version: number;
  tables: Table[];
}

function readAt(fd: number, offset: number, length: number): DataView {
  const bytes = new Uint8Array(length);
  for (let done = 0; done < length; ) {
    const read = readSync(fd, bytes, done, length - done, offset + done);
    if (read === 0) throw new Error('internal: font file shorter than its table directory says');
    done += read;
  }
  return new DataView(bytes.buffer);
}

const tagAt = (view: DataView, at: number) => String.fromCharCode(view.getUint8(at), view.getUint8(at + 1), view.getUint8(at + 2), view.getUint8(at + 3));

function members(fd: number): Member[] {
  const head = readAt(fd, 0, 12);
  const offsets = tagAt(head, 0) === 'ttcf' ? Array.from({ length: head.getUint32(8) }, (_, index) => readAt(fd, 12 + index * 4, 4).getUint32(0)) : [0];
  return offsets.map((offset) => {
    const header = readAt(fd, offset, 12);
    const count = header.getUint16(4);
    const records = readAt(fd, offset + 12, count * 16);
    const tables = Array.from({ length: count }, (_, index) => ({ tag: tagAt(records, index * 16), offset: records.getUint32(index * 16 + 8), length: records.getUint32(index * 16 + 12) }));
    return { version: header.getUint32(0), tables };
  });
}

/** Name id 6 from a name table (Windows Unicode record first, else Macintosh Roman). */
function postscriptName(fd: number, member: Member): string | undefined {
  const table = member.tables.find((item) => item.tag === 'name');
  if (!table) return undefined;
  const view = readAt(fd, table.offset, table.length);
  const strings = view.getUint16(4);
  let fallback: string | undefined;
  for (let record = 6; record < 6 + view.getUint16(2) * 12; record += 12) {
    if (view.getUint16(record + 6) !== 6) continue;
    const platform = view.getUint16(record);
    const length = view.getUint16(record + 8);
    const start = strings + view.getUint16(record + 10);
    const units = Array.from({ length: platform === 3 ? length / 2 : length }, (_, index) => (platform === 3 ? view.getUint16(start + index * 2) : view.getUint8(start + index)));
    const name = String.fromCharCode(...units);
    if (platform === 3) return name;
    fallback ??= name;
  }
  return fallback;
}

/** A member as a font file of its own, without the tables named in `drop`. */
function fontWithout(fd: number, member: Member, drop: Set<string>): Uint8Array {
  const tables = member.tables.filter((table) => !drop.has(table.tag));
  const directory = 12 + tables.length * 16;
  const size = tables.reduce((sum, table) => sum + Math.ceil(table.length / 4) * 4, directory);
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  const power = 2 ** Math.floor(Math.log2(tables.length));
  view.setUint32(0, member.version);
  view.setUint16(4, tables.length);
  view.setUint16(6, power * 16);
  view.setUint16(8, Math.log2(power));
  view.setUint16(10, tables.length * 16 - power * 16);
  let at = directory;
  tables.forEach((table, index) => {
    const record = 12 + index * 16;
    for (let char = 0; char < 4; char++) view.setUint8(record + char, table.tag.charCodeAt(char));
    view.setUint32(record + 8, at);
    view.setUint32(record + 12, table.length);
    const data = readAt(fd, table.offset, table.length);
    bytes.set(new Uint8Array(data.buffer), at);
    at += Math.ceil(table.length / 4) * 4;
  });
  return bytes;
}

/** Member `index` of a font file, read table by table while `use` runs. */
export interface TableReader {
  /** A whole table (for the small ones), or undefined when the member has none. */
  table(name: string): DataView | undefined;
  /** Where a table is in the file. */
  range(name: string): { offset: number; length: number } | undefined;
  /** Any bytes of the file. */
  read(offset: number, length: number): DataView;
}

export function withTables<T>(file: string, index: number, use: (reader: TableReader) => T): T {
  const fd = openSync(file, 'r');
  try {
    const member = members(fd)[index];
    const range = (name: string) => member.tables.find((table) => table.tag === name);
    return use({
      range,
      table: (name) => {
        const found = range(name);
        return found && readAt(fd, found.offset, found.length);
      },
      read: (offset, length) => readAt(fd, offset, length),
    });
  } finally {
    closeSync(fd);
  }
}

/**
 * Member `postscript` (or the first member) of a font file with CFF outlines, without them: what
 * shaping reads. Undefined when there is no such member or it has no CFF outlines.
 */
export function shapingFont(file: string, postscript: string | undefined): { index: number; bytes: Uint8Array } | undefined {
  const fd = openSync(file, 'r');
  try {
    const all = members(fd);
    const index = postscript === undefined ? 0 : all.findIndex((member) => postscriptName(fd, member) === postscript);
    if (index < 0 || !all[index].tables.some((table) => table.tag === 'CFF ')) return undefined;
    return { index, bytes: fontWithout(fd, all[index], new Set(['CFF '])) };
  } finally {
    closeSync(fd);
  }
}
