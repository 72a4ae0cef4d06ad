import { closeSync, fsyncSync, openSync } from 'node:fs';

/** `2025-01-31T12:00:00.000Z` -> `20250131T120000Z` (ISO 8601 basic format: sorts as it reads, no colons). */
export function utcStamp(at: Date): string {
  return `${at.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/** `20250131T120000Z` -> the instant, or null when the text is not such a stamp. */
export function parseUtcStamp(stamp: string): Date | null {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(stamp);
  if (!m) return null;
  const at = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`);
  return Number.isNaN(at.getTime()) ? null : at;
}

/**
 * Makes a rename in `dir` durable (best effort: some file systems refuse to sync a folder). Never
 * use this on a file SQLite holds open: closing our descriptor would drop SQLite's locks on it.
 */
export function syncDirectory(dir: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Not supported here; the rename itself is atomic either way.
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
