import { open } from 'node:fs/promises';
import {
  type ExportFormat,
  exportEpilogue,
  exportPrologue,
  exportRow,
} from '../domain/feedback-export-format.js';
import type { FeedbackFilter, FeedbackRepository } from './feedback-repository.js';

/** Rows read per batch: the connection is free for other interactions between batches. */
export const EXPORT_BATCH_ROWS = 2000;

export interface ExportOptions {
  format: ExportFormat;
  filter: FeedbackFilter;
  featureKey: string;
  /** Stop writing once the file would grow beyond this many bytes (the answer says so). */
  maxBytes?: number;
  batchRows?: number;
  /** Called after each batch is written, with the rows and bytes so far (tests watch memory here). */
  onBatch?: (progress: { rows: number; bytes: number }) => void;
}

export interface ExportResult {
  rows: number;
  bytes: number;
  /** True when `maxBytes` was reached: the file is incomplete and must not be sent. */
  tooLarge: boolean;
}

/**
 * Writes the feature's feedback to `path` in the contract's CSV or JSON shape, oldest first.
 * Rows are streamed: each batch is read with `.iterate()` by keyset (`number > last`), turned into
 * text and appended, so memory holds one batch, never the whole export. Between batches the event
 * loop runs and the database accepts writes.
 */
export async function writeFeedbackExport(
  feedback: FeedbackRepository,
  path: string,
  options: ExportOptions,
): Promise<ExportResult> {
  const { format, filter, featureKey, maxBytes = Number.POSITIVE_INFINITY } = options;
  const batchRows = options.batchRows ?? EXPORT_BATCH_ROWS;
  const file = await open(path, 'w');
  let rows = 0;
  let bytes = 0;
  const append = async (text: string): Promise<boolean> => {
    const chunk = Buffer.from(text, 'utf8');
    if (bytes + chunk.length > maxBytes) return false;
    await file.write(chunk);
    bytes += chunk.length;
    return true;
  };
  try {
    if (!(await append(exportPrologue(format)))) return { rows, bytes, tooLarge: true };
    let cursor = 0;
    for (;;) {
      let text = '';
      let read = 0;
      for (const row of feedback.exportBatch(filter, featureKey, cursor, batchRows)) {
        text += exportRow(format, row, rows + read);
        cursor = row.id;
        read++;
      }
      if (read > 0 && !(await append(text))) return { rows, bytes, tooLarge: true };
      rows += read;
      options.onBatch?.({ rows, bytes });
      if (read < batchRows) break;
    }
    if (!(await append(exportEpilogue(format, rows)))) return { rows, bytes, tooLarge: true };
    return { rows, bytes, tooLarge: false };
  } finally {
    await file.close();
  }
}
