// The checks on a thread of their own during a build: spelling a cold workspace takes seconds of
// CPU, and on the main thread it would keep the render workers waiting for their next PDF.
import { parentPort } from 'node:worker_threads';
import { isEditionsError } from '../errors.js';
import { runChecks, type CheckInput, type CheckResult } from '../review/checks/index.js';

export type CheckReply = { result: CheckResult } | { error: { message: string; rule?: string } };

parentPort?.once('message', async (input: CheckInput) => {
  try {
    parentPort!.postMessage({ result: await runChecks(input) } satisfies CheckReply);
  } catch (error) {
    const detail = isEditionsError(error) ? { message: error.message, rule: error.rule } : { message: String((error as Error)?.stack ?? error) };
    parentPort!.postMessage({ error: detail } satisfies CheckReply);
  }
});
