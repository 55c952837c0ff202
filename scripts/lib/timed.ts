/**
 * Running a build step for a benchmark: its wall time and peak memory, output to a log file.
 * Shared by the scale benchmark (bench-scale.ts) and the comparison with Starlight (bench-starlight.ts).
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync } from 'node:fs';

export interface Timed {
  seconds: number;
  /** Peak resident memory in MiB; with /usr/bin/time the largest single process of the tree. */
  peakMiB: number;
  peakHow: 'time -v' | '/proc sampling (sum over the tree)';
  exitCode: number;
}

const hasGnuTime = existsSync('/usr/bin/time');

/** Descendants of a process (and itself), from /proc. */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // gone meanwhile
    }
  }
  const out = [root];
  for (let i = 0; i < out.length; i += 1) out.push(...(children.get(out[i]!) ?? []));
  return out;
}

function treeRssKiB(root: number): number {
  let sum = 0;
  for (const pid of processTree(root)) {
    try {
      sum += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // gone meanwhile
    }
  }
  return sum;
}

/** Runs a command (output to `log`), measuring its wall time and peak memory. */
export async function timed(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; log: string }): Promise<Timed> {
  const fd = openSync(options.log, 'w');
  const [file, argv] = hasGnuTime ? ['/usr/bin/time', ['-v', command, ...args]] : [command, args];
  const started = performance.now();
  const child = spawn(file, argv, { cwd: options.cwd, env: options.env, stdio: ['ignore', fd, fd] });
  let sampled = 0;
  const sampler = hasGnuTime ? undefined : setInterval(() => (sampled = Math.max(sampled, treeRssKiB(child.pid!))), 200);
  const exitCode = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  const seconds = (performance.now() - started) / 1000;
  if (sampler) clearInterval(sampler);
  closeSync(fd);
  const log = readFileSync(options.log, 'utf8');
  const reported = [...log.matchAll(/Maximum resident set size \(kbytes\): (\d+)/g)].pop()?.[1];
  const peakKiB = hasGnuTime ? Number(reported ?? 0) : sampled;
  return { seconds, peakMiB: peakKiB / 1024, peakHow: hasGnuTime ? 'time -v' : '/proc sampling (sum over the tree)', exitCode };
}
