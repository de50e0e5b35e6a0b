import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';

/** A line naming the machine and the date, for RESULTS.md. */
export function machineLine(): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  const memory = `${Math.round(totalmem() / 2 ** 30)} GiB`;
  let os: string = process.platform;
  try {
    os = execFileSync('uname', ['-sr'], { encoding: 'utf8' }).trim();
  } catch {
    // uname is missing on some systems; the platform name will do.
  }
  return `${new Date().toISOString().slice(0, 10)} · ${cpu} · ${cpus().length} cores · ${memory} · ${os} · Node ${process.version}`;
}
