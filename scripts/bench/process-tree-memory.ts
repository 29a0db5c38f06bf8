import { readFileSync, readdirSync } from 'node:fs';

/**
 * Memory of a whole process tree on Linux, read from /proc: the export's own Node process plus
 * every Chromium process it starts. getrusage (and /usr/bin/time) only report the largest single
 * process, so the tree is sampled instead; a spike shorter than the sampling interval can be
 * missed, which is why the Node process's exact maxRSS is reported beside it.
 */

function parentOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may contain spaces and parentheses: fields resume after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[1]);
  } catch {
    return null; // the process ended while we looked
  }
}

/** A process and all its descendants, parents before children. */
export function descendantsAndSelf(root: number): number[] {
  const parents = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    const parent = parentOf(pid);
    if (parent === null) continue;
    const siblings = parents.get(parent) ?? [];
    siblings.push(pid);
    parents.set(parent, siblings);
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(parents.get(tree[i] as number) ?? []));
  return tree;
}

/** Resident (RSS) and proportional (PSS: shared pages split between their users) size in kB. */
function memoryOf(pid: number): { rssKb: number; pssKb: number } {
  try {
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(rollup)?.[1] ?? 0);
    return { rssKb: field('Rss'), pssKb: field('Pss') };
  } catch {
    return { rssKb: 0, pssKb: 0 };
  }
}

export interface TreePeak {
  /** Highest sum of RSS over the tree: an upper bound (shared pages counted once per process). */
  rssMb: number;
  /** Highest sum of PSS over the tree: what the tree really occupies. */
  pssMb: number;
  /**
   * Highest RSS of the root (the export's Node process) plus its largest Chromium renderer: the
   * app's own share. The running app already has Chromium's browser, GPU and utility processes;
   * what a print job adds is main's work and the one renderer that lays out and prints.
   */
  appRssMb: number;
  processes: number;
}

/**
 * A Chromium renderer process: what Chromium starts with --type=renderer. Chromium rewrites its
 * processes' titles, so the arguments may be separated by spaces rather than NULs.
 */
function isRenderer(pid: number): boolean {
  try {
    return /(^|[\s\0])--type=renderer([\s\0]|$)/.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8'));
  } catch {
    return false;
  }
}

/** Samples the tree under `root` every `intervalMs` until stopped; returns the peaks seen. */
export function watchTreeMemory(root: number, intervalMs = 50): { stop: () => TreePeak } {
  const peak: TreePeak = { rssMb: 0, pssMb: 0, appRssMb: 0, processes: 0 };
  const sample = () => {
    let rssKb = 0;
    let pssKb = 0;
    let rootKb = 0;
    let rendererKb = 0;
    const pids = descendantsAndSelf(root);
    for (const pid of pids) {
      const memory = memoryOf(pid);
      rssKb += memory.rssKb;
      pssKb += memory.pssKb;
      if (pid === root) rootKb = memory.rssKb;
      // Read every time: a renderer forked from Chromium's zygote takes its --type=renderer later.
      if (isRenderer(pid)) rendererKb = Math.max(rendererKb, memory.rssKb);
    }
    peak.appRssMb = Math.max(peak.appRssMb, (rootKb + rendererKb) / 1024);
    peak.rssMb = Math.max(peak.rssMb, rssKb / 1024);
    peak.pssMb = Math.max(peak.pssMb, pssKb / 1024);
    peak.processes = Math.max(peak.processes, pids.length);
  };
  const timer = setInterval(sample, intervalMs);
  sample();
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}
