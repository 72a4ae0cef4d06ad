/**
 * The `/triage export` file formats of the product contract. Columns, in order: id, feature,
 * level, tags, status, author_id, body, created_at, then votes (the item's count) and duplicate_of
 * (the original's `#M` when the item is closed as a duplicate: empty in CSV, `null` in JSON). CSV
 * follows RFC 4180 (CRLF line ends, a field holding a comma, quote, CR or LF is quoted and its
 * quotes doubled) with tags joined by `;`. JSON is one array of objects, written row by row so a
 * large export is never held in memory.
 */

export const EXPORT_COLUMNS = [
  'id',
  'feature',
  'level',
  'tags',
  'status',
  'author_id',
  'body',
  'created_at',
  // Appended by issue 10: tools reading the first eight columns keep working.
  'votes',
  'duplicate_of',
] as const;

export type ExportFormat = 'csv' | 'json';

export interface ExportRecord {
  id: number;
  feature: string;
  level: string;
  tags: string[];
  status: string;
  /** `null` once the author erased their data: empty in CSV, `null` in JSON. */
  author_id: string | null;
  body: string;
  created_at: string;
  votes: number;
  /** The original's `#M`; `null` when the item is not closed as a duplicate. */
  duplicate_of: number | null;
}

const CSV_LINE_END = '\r\n';
const NEEDS_QUOTES = /[",\r\n]/;

/** One CSV field, quoted only when RFC 4180 requires it. */
export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function csvRecord(fields: readonly string[]): string {
  return fields.map(csvField).join(',') + CSV_LINE_END;
}

/** What the file starts with: the CSV header row, or the opening of the JSON array. */
export function exportPrologue(format: ExportFormat): string {
  return format === 'csv' ? csvRecord(EXPORT_COLUMNS) : '[';
}

/** One row; `index` is its 0-based position (JSON separates rows with commas). */
export function exportRow(format: ExportFormat, record: ExportRecord, index: number): string {
  if (format === 'csv') {
    return csvRecord([
      String(record.id),
      record.feature,
      record.level,
      record.tags.join(';'),
      record.status,
      record.author_id ?? '',
      record.body,
      record.created_at,
      String(record.votes),
      record.duplicate_of === null ? '' : String(record.duplicate_of),
    ]);
  }
  const ordered = {
    id: record.id,
    feature: record.feature,
    level: record.level,
    tags: record.tags,
    status: record.status,
    author_id: record.author_id,
    body: record.body,
    created_at: record.created_at,
    votes: record.votes,
    duplicate_of: record.duplicate_of,
  };
  return `${index === 0 ? '\n' : ',\n'}${JSON.stringify(ordered)}`;
}

/** What the file ends with, given how many rows were written. */
export function exportEpilogue(format: ExportFormat, rows: number): string {
  if (format === 'csv') return '';
  return rows === 0 ? ']\n' : '\n]\n';
}

/** The attachment name: `feedback-<feature>.csv` or `feedback-<feature>.json`. */
export function exportFileName(featureKey: string, format: ExportFormat): string {
  return `feedback-${featureKey}.${format}`;
}
