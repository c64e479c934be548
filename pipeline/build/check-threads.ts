// The checks of a build on threads of their own, languages shared out between them: spelling a cold
// workspace takes seconds of CPU, and on one thread it would be the longest chain of the build.
import { Worker } from 'node:worker_threads';
import { cores } from '../render/pool.js';
import { EditionsError, InternalError } from '../errors.js';
import type { RuleId } from '../rules.js';
import { workerScript } from '../workers.js';
import { runChecks, type CheckCache, type CheckInput, type CheckResult } from '../review/checks/index.js';
import { dictionaryFor } from '../review/checks/spelling.js';
import { byPlace } from '../review/checks/finding.js';
import type { CheckReply } from './check-worker.js';

/**
 * runChecks over `input` on up to `threads` threads (in process when there is no compiled worker).
 * With one thread it takes everything: this thread renders HTML and text, hands out PDFs and makes
 * their fonts' subsets meanwhile. With more (a large build, checked after rendering, when this
 * thread is free) the statements are checked here while the threads share out the catalogs.
 */
export async function checkOnThreads(input: CheckInput, threads = cores()): Promise<CheckResult> {
  const script = workerScript('build/check-worker.js');
  if (!script) return runChecks(input);
  const workers: Worker[] = [];
  try {
    const [mine, ...parts] = splitChecks(input, threads);
    const onThreads = parts.map((part) => checkOnThread(script, part, workers));
    const here = mine && runChecks(mine);
    return mergeResults(input, await Promise.all([...(here ? [here] : []), ...onThreads]));
  } finally {
    // The first failure rejects at once: the other threads must not keep the process alive.
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/**
 * What this thread checks (undefined: nothing), then the parts for the threads: with one thread,
 * everything goes to it; with more, the statements stay here and the catalogs and UI words are
 * shared out between them.
 */
export function splitChecks(input: CheckInput, threads: number): [CheckInput | undefined, ...CheckInput[]] {
  if (threads <= 1) return [undefined, ...shareOut(input, 1)];
  return [{ ...input, catalogs: [], ui: [] }, ...shareOut({ ...input, statements: [] }, threads)];
}

/**
 * Languages spread over `count` inputs, the costliest first to the least loaded (a language with a
 * dictionary costs far more than one without). The first input also checks the statements and the
 * UI words of languages with no catalog; every input has the source language's UI words to compare with.
 */
export function shareOut(input: CheckInput, count: number): CheckInput[] {
  const languages = [...new Set(input.catalogs.map((item) => item.language))];
  const cost = (language: string) => input.catalogs.filter((item) => item.language === language).length * (dictionaryFor(language) ? 10 : 1);
  const groups = Array.from({ length: Math.min(count, Math.max(1, languages.length)) }, () => ({ languages: new Set<string>(), cost: 0 }));
  for (const language of languages.sort((a, b) => cost(b) - cost(a) || (a < b ? -1 : 1))) {
    const lightest = groups.reduce((best, group) => (group.cost < best.cost ? group : best));
    lightest.languages.add(language);
    lightest.cost += cost(language);
  }
  const withCatalogs = new Set(languages);
  return groups.map((group, index) => ({
    ...input,
    statements: index === 0 ? input.statements : [],
    catalogs: input.catalogs.filter((item) => group.languages.has(item.language)),
    ui: input.ui.filter((file) => file.language === input.sourceLanguage || group.languages.has(file.language) || (index === 0 && !withCatalogs.has(file.language))),
  }));
}

/** One result from the parts' results: findings in place order, caches joined, catalogs in input order. */
export function mergeResults(input: CheckInput, results: CheckResult[]): CheckResult {
  const order = new Map(input.catalogs.map((item, index) => [item.file, index]));
  return {
    findings: results.flatMap((result) => result.findings).sort(byPlace),
    sourceCache: results.map((result) => result.sourceCache).reduce(joinCaches),
    checked: {
      sources: results.flatMap((result) => result.checked.sources),
      catalogs: results.flatMap((result) => result.checked.catalogs).sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)),
    },
  };
}

/** Each part's cache holds only its own statements, catalogs and languages: records join without overlap. */
function joinCaches(a: CheckCache, b: CheckCache): CheckCache {
  const joined: Record<string, unknown> = { ...a };
  for (const [field, value] of Object.entries(b)) {
    const mine = joined[field];
    joined[field] = value && typeof value === 'object' && mine && typeof mine === 'object' ? { ...mine, ...value } : (mine ?? value);
  }
  return joined as unknown as CheckCache;
}

function checkOnThread(script: URL, input: CheckInput, started: Worker[]): Promise<CheckResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script);
    started.push(worker);
    // Whatever ends the thread settles the promise (later calls do nothing): never a silent wait.
    worker.once('message', (reply: CheckReply) => {
      if ('result' in reply) resolve(reply.result);
      else if (reply.error.rule) reject(new EditionsError(reply.error.message, { rule: reply.error.rule as RuleId }));
      else reject(new InternalError(`a check worker failed: ${reply.error.message}`));
    });
    worker.once('messageerror', (error) => reject(new InternalError(`a check worker's reply could not be read: ${error.message}`)));
    worker.once('error', (error) => reject(new InternalError(`a check worker stopped: ${error.message}`)));
    worker.once('exit', (code) => reject(new InternalError(`a check worker exited (${code}) without a result`)));
    try {
      worker.postMessage(input);
    } catch (error) {
      reject(error);
    }
  });
}
