// `editions doctor`: print, per language, what would translate and draw it, and what to install.
import type { ResolvedConfig } from '../config.js';
import { blocking, diagnose } from '../doctor/index.js';
import { detectEngines, engineDefinition } from '../translate/registry.js';

export async function runDoctor(config: ResolvedConfig): Promise<number> {
  const env = detectEngines(process.env);
  // Engines with a remote endpoint are reached once (a 3 s time-out): configured is not answering.
  const reports = await diagnose(config, env, async (engine) => engineDefinition(engine)?.probe?.(process.env));
  const width = Math.max(...reports.map((report) => report.language.length));
  const fixes: string[] = [];
  for (const report of reports) {
    const head = `${report.language.padEnd(width)}  ${report.source ? 'source' : 'target'}`;
    if (!report.findings.length) console.log(`${head}  nothing to check`);
    report.findings.forEach((finding, index) => {
      const mark = finding.ok ? 'ok     ' : blocking(finding) ? 'MISSING' : 'warning';
      console.log(`${index ? ' '.repeat(head.length) : head}  ${mark} ${finding.topic}: ${finding.text}`);
      if (finding.fix) fixes.push(`${report.language}: ${finding.fix}`);
    });
  }
  const blocked = reports.filter((report) => report.findings.some(blocking)).map((report) => report.language);
  if (fixes.length) console.log(`\nTo do:\n${fixes.map((fix) => `  ${fix}`).join('\n')}`);
  console.log(blocked.length ? `\n${blocked.length} language${blocked.length === 1 ? '' : 's'} cannot be built as configured: ${blocked.join(', ')}.` : '\nEvery language can be built.');
  return blocked.length ? 1 : 0;
}
