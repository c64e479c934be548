// What `editions doctor` finds: plain data, printed by pipeline/cli/doctor.ts.

/** One thing checked for one language. `ok: false` with `blocking` stops the language building. */
export interface Finding {
  topic: 'engine' | 'fonts' | 'spelling';
  ok: boolean;
  /** A gap that does not stop a build (e.g. no engine: translate by hand). */
  warning?: boolean;
  text: string;
  /** The exact thing to do about it: a command, or a config line. */
  fix?: string;
}

export interface LanguageReport {
  language: string;
  source: boolean;
  findings: Finding[];
}

/** Blocking problems make `doctor` exit 1: a language that cannot be built as configured. */
export const blocking = (finding: Finding) => !finding.ok && !finding.warning;
