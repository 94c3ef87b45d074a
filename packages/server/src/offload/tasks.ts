/**
 * The CPU-heavy work a request may ask for: reading a spreadsheet or CSV, parsing its
 * rows, planning an import's preview (serialised to JSON here, so that a large answer is
 * not built on the event loop), and parsing and validating a portfolio spec (from its
 * text, or a workspace's stored data as a document). Pure
 * functions of their input, so they run the same in this thread or in a worker
 * (offload/pool.ts decides by size).
 */
import {
  type ParsedSpec,
  parseSpecText,
  type Result,
  validateSpecDocument,
} from '@partnerfolio/core';
import type { PartnerStatus } from '../db/schema.js';
import { planImport } from '../store/import-plan.js';
import { type ImportMapping, type ParsedRows, parseRows } from '../store/import-rows.js';
import { type ImportFormat, readHeaders, readTable, type Table } from '../store/import-table.js';

interface FileTask {
  readonly format: ImportFormat;
  readonly data: Uint8Array;
}

export interface RowsTask extends FileTask {
  readonly mapping: ImportMapping;
  readonly criteria: readonly string[];
  readonly resources: readonly string[];
}

export type Task =
  | ({ readonly kind: 'headers' } & FileTask)
  | ({ readonly kind: 'rows' } & RowsTask)
  | ({
      readonly kind: 'preview';
      readonly existing: readonly (readonly [string, PartnerStatus])[];
    } & RowsTask)
  | { readonly kind: 'spec'; readonly text: string; readonly format: 'yaml' | 'json' }
  /** A spec document already parsed (a workspace's stored data); `size`: its estimated bytes. */
  | { readonly kind: 'validate'; readonly document: unknown; readonly size: number };

export type TaskValue = string[] | ParsedRows | Uint8Array | Result<ParsedSpec>;

const rowsOf = (task: RowsTask, table: Table): ParsedRows =>
  parseRows(table, task.mapping, new Set(task.criteria), new Set(task.resources));

/** An unreadable file, as the preview reports it (row 1, no column). */
const unreadable = (format: ImportFormat, error: unknown) => ({
  row: 1,
  column: '',
  message: `cannot read the file as ${format.toUpperCase()}: ${error instanceof Error ? error.message : String(error)}`,
});

export async function runTask(task: Task): Promise<TaskValue> {
  switch (task.kind) {
    case 'headers':
      return [...(await readHeaders(task.format, task.data))];
    case 'rows':
      return rowsOf(task, await readTable(task.format, task.data));
    case 'preview': {
      let parsed: ParsedRows;
      try {
        parsed = rowsOf(task, await readTable(task.format, task.data));
      } catch (error) {
        parsed = { rows: [], errors: [unreadable(task.format, error)] };
      }
      const plan = planImport(parsed, new Map(task.existing), task.mapping);
      return new TextEncoder().encode(JSON.stringify(plan));
    }
    case 'spec':
      return parseSpecText(task.text, { format: task.format });
    case 'validate':
      return validateSpecDocument(task.document);
  }
}

/** Bytes of input: what decides whether a task is worth a worker. */
export const taskSize = (task: Task): number =>
  task.kind === 'spec'
    ? task.text.length
    : task.kind === 'validate'
      ? task.size
      : task.data.byteLength;
