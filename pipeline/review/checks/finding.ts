// A check's finding: a place, a message that says what to do, a permanent rule id, a severity.
import { formatProblem } from '../../errors.js';
import type { Place } from '../../edition.js';

import type { RuleId, Severity } from '../../rules.js';

export type { Severity };

export interface Finding {
  place: Place;
  message: string;
  rule: RuleId;
  severity: Severity;
}

/** `locales/ar/x.po:41: error: translation drops the link to https://…, keep it [link-mismatch]` */
export function formatFinding(finding: Finding): string {
  return formatProblem(`${finding.severity}: ${finding.message}`, finding.rule, finding.place);
}

export function byPlace(a: Finding, b: Finding): number {
  return a.place.file.localeCompare(b.place.file) || a.place.line - b.place.line || (a.place.column ?? 0) - (b.place.column ?? 0) || a.rule.localeCompare(b.rule);
}
