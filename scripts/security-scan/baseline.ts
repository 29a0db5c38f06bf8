import { readFileSync } from 'node:fs';
import type { Finding } from './electronegativity';

/** A finding that was looked at and accepted, with the reason in one sentence. */
export interface AcceptedFinding {
  check: string;
  file: string;
  sample: string;
  why: string;
}

export function readBaseline(file: string): AcceptedFinding[] {
  const content = JSON.parse(readFileSync(file, 'utf8')) as { accepted?: AcceptedFinding[] };
  const accepted = content.accepted ?? [];
  const unexplained = accepted.filter((entry) => typeof entry.why !== 'string' || entry.why.trim().length < 20);
  if (unexplained.length > 0) throw new Error(`${file}: every accepted finding needs its reason ("why"): ${unexplained.map(key).join(', ')}`);
  return accepted;
}

const key = (finding: Pick<Finding, 'check' | 'file' | 'sample'>) => `${finding.check} ${finding.file} ${finding.sample}`;

/**
 * Findings the baseline does not accept (these fail CI), and accepted entries no longer found
 * (the code they explained changed: the baseline should lose them).
 */
export function compareWithBaseline(findings: Finding[], baseline: AcceptedFinding[]): { added: Finding[]; gone: AcceptedFinding[] } {
  const accepted = new Set(baseline.map(key));
  const found = new Set(findings.map(key));
  return {
    added: findings.filter((finding) => !accepted.has(key(finding))),
    gone: baseline.filter((entry) => !found.has(key(entry))),
  };
}
