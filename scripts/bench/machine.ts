// The machine the figures were taken on, for the report.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { CHROMIUM_PATH } from '../chromium.ts';

export interface Machine {
  cpu: string;
  cores: number;
  ramGiB: number;
  os: string;
  node: string;
  chromium: string;
  loadAverage: string;
}

function osName(): string {
  try {
    const pretty = /^PRETTY_NAME="?([^"\n]+)"?/m.exec(readFileSync('/etc/os-release', 'utf8'));
    if (pretty?.[1]) return `${pretty[1]} (${os.type()} ${os.release()})`;
  } catch {
    // Not Linux, or no os-release: the kernel alone still says something.
  }
  return `${os.type()} ${os.release()}`;
}

export function describeMachine(): Machine {
  return {
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.cpus().length,
    ramGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: osName(),
    node: process.version,
    chromium:
      execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8' })
        .split('\n')
        .find((line) => /Chromium|Chrome/.test(line))
        ?.trim() ?? 'unknown',
    // Other work on the machine skews timings; the 1, 5 and 15 minute load says how much.
    loadAverage: os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(', '),
  };
}
