/**
 * Thin wrapper around the Debian `gmt` binary (GMT 6 + gmt-gshhg-full). GMT is optional: the
 * build skips the GSHHG layers when it is missing and keeps the committed outputs.
 */
import { execFileSync } from 'node:child_process';
import type { Position } from './decode.ts';
import type { BBox } from './geometry.ts';

export type GmtSegment = { kind: 'shore' | 'river' | 'other'; level: number; points: Position[] };

/** GMT version string, or null if gmt (or its full-resolution GSHHG data) is unavailable. */
export function gmtVersion(): string | null {
  try {
    const version = execFileSync('gmt', ['--version'], { encoding: 'utf8' }).trim();
    // A 1°×1° probe: fails loudly if the full-resolution coastline files are not installed.
    execFileSync('gmt', ['coast', '-R120/121/30/31', '-Df', '-W', '-M'], { stdio: ['ignore', 'ignore', 'pipe'] });
    return version;
  } catch {
    return null;
  }
}

export const regionArg = (b: BBox) => `-R${b[0]}/${b[2]}/${b[1]}/${b[3]}`;

/** The exact argument lists, so the NOTICE can print what was run. */
export const shorelineArgs = (b: BBox) => ['coast', regionArg(b), '-Df', '-W', '-M'];
export const riverArgs = (b: BBox) => ['coast', regionArg(b), '-Df', '-Ia', '-M'];

/** Runs gmt and parses its multi-segment text ("> Shore Bin # 21360, Level 1" + "lon\tlat" rows). */
export function runGmt(args: string[]): GmtSegment[] {
  const text = execFileSync('gmt', args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return parseMultiSegment(text);
}

export function parseMultiSegment(text: string): GmtSegment[] {
  const segments: GmtSegment[] = [];
  let current: GmtSegment | null = null;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (line.startsWith('>')) {
      const level = /Level\s+(\d+)/.exec(line);
      const kind = /Shore/i.test(line) ? 'shore' : /River/i.test(line) ? 'river' : 'other';
      current = { kind, level: level ? Number(level[1]) : -1, points: [] };
      segments.push(current);
      continue;
    }
    const [x, y] = line.split(/\s+/).map(Number);
    if (current && Number.isFinite(x) && Number.isFinite(y)) current.points.push([x!, y!]);
  }
  return segments.filter((s) => s.points.length >= 2);
}
