// Font subsets for the render workers, made on the build's thread. A worker draws a PDF, then asks
// for its fonts' subsets and takes its next task while they are made: subsetting (a CJK font file
// is read whole for it) leaves the worker's path for the build's thread, and a build has one
// subsetter (64 MB of WebAssembly memory) instead of one per worker. Both ends of the channel are here.
import type { MessagePort } from 'node:worker_threads';
import { EditionsError, isEditionsError } from '../../errors.js';
import type { RuleId } from '../../rules.js';
import { makeSubset, type SubsetRequest, type SubsetResult, type Subsetter } from './font-subset.js';

type Asked = { id: number; request: SubsetRequest };
/** A failure keeps its rule, so a user's problem (a font removed mid-build) stays one on the worker's side. */
type Answer = { id: number; result: SubsetResult } | { id: number; error: string; rule?: string };

/** The parent's end: make each subset asked for on `port` and send it back (its bytes moved, not copied). */
export function serveSubsets(port: MessagePort): void {
  port.on('message', ({ id, request }: Asked) => {
    try {
      const result = makeSubset(request);
      port.postMessage({ id, result } satisfies Answer, [result.program.buffer as ArrayBuffer]);
    } catch (error) {
      const answer: Answer = { id, error: error instanceof Error ? error.message : String(error), rule: isEditionsError(error) ? error.rule : undefined };
      port.postMessage(answer);
    }
  });
}

/** The worker's end: a Subsetter that asks over `port`. A failure there fails the PDF that asked. */
export function remoteSubsetter(port: MessagePort): Subsetter {
  const waiting = new Map<number, { resolve: (result: SubsetResult) => void; reject: (error: Error) => void }>();
  let next = 0;
  port.on('message', (answer: Answer) => {
    const asker = waiting.get(answer.id);
    waiting.delete(answer.id);
    if (!asker) return;
    if ('result' in answer) asker.resolve(answer.result);
    else if (answer.rule) asker.reject(new EditionsError(answer.error, { rule: answer.rule as RuleId }));
    else asker.reject(new Error(`the font subset could not be made: ${answer.error}`));
  });
  // A channel that closes or garbles an answer fails what waits on it: a PDF never waits for ever.
  const failAll = (why: string) => {
    for (const asker of waiting.values()) asker.reject(new Error(`the font subset could not be made: ${why}`));
    waiting.clear();
  };
  port.on('close', () => failAll('the channel to the build closed'));
  port.on('messageerror', (error) => failAll(error.message));
  return (request) =>
    new Promise<SubsetResult>((resolve, reject) => {
      const id = next++;
      waiting.set(id, { resolve, reject });
      port.postMessage({ id, request } satisfies Asked);
    });
}
