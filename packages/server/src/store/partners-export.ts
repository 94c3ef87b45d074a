import { IMPORT_FIELDS, type ImportField, SCORE_PREFIX, USES_PREFIX } from '@partnerfolio/core';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { Db } from '../db/connect.js';
import { readCurrentCriteria } from './criteria.js';
import { neutraliseFormula } from './formula-guard.js';
import { formatDistributionCell } from './import-cells.js';
import { type Partner, readAllPartners } from './partner-present.js';
import { readSettings } from './settings.js';
import { readTransaction } from './tx.js';

type Value = string | number | null;

/** Each fixed column's cell, in the form the import reads back. */
const CELLS: Readonly<Record<ImportField, (p: Partner) => Value>> = {
  id: (p) => p.id,
  name: (p) => p.name,
  kind: (p) => p.kind,
  status: (p) => p.status,
  domains: (p) => p.domains.join('; '),
  offers: (p) => p.offers.join('; '),
  cost: (p) => formatDistributionCell(p.cost),
  return: (p) => formatDistributionCell(p.return),
  alpha: (p) => p.alpha ?? null,
  beta: (p) => p.beta ?? null,
  notes: (p) => p.notes,
};

/**
 * The partners as a table: one column per field and per criterion score
 * (`scores.<criterion>`, the combined score) and resource use (`uses.<resource>`). The
 * headers are the import's field names, so a file exported here imports back with the
 * mapping `{ header: header }`. Domains and offers are joined with `; `; distributions
 * use the import's cell forms (import-cells.ts). Contacts are not exported.
 */
async function partnerTable(
  db: Db,
  workspaceId: string,
): Promise<{ headers: string[]; rows: Value[][] }> {
  const { partners, criteria, resources } = await readTransaction(db, async (trx) => ({
    partners: await readAllPartners(trx, workspaceId),
    criteria: (await readCurrentCriteria(trx, workspaceId)).criteria.map((c) => c.id),
    resources: Object.keys((await readSettings(trx, workspaceId)).settings.resources),
  }));
  const used = new Set(resources);
  for (const p of partners) for (const r of Object.keys(p.uses)) used.add(r);
  const uses = [...used];
  const headers = [
    ...IMPORT_FIELDS,
    ...criteria.map((c) => `${SCORE_PREFIX}${c}`),
    ...uses.map((r) => `${USES_PREFIX}${r}`),
  ];
  const row = (p: Partner): Value[] => [
    ...IMPORT_FIELDS.map((field) => CELLS[field](p)),
    ...criteria.map((c) => p.scores[c] ?? null),
    ...uses.map((r) => p.uses[r] ?? null),
  ];
  return { headers, rows: partners.map(row) };
}

export async function exportPartnersCsv(db: Db, workspaceId: string): Promise<Buffer> {
  const { headers, rows } = await partnerTable(db, workspaceId);
  const safe = (row: readonly Value[]) =>
    row.map((cell) => (typeof cell === 'string' ? neutraliseFormula(cell) : cell));
  // Every text cell that could start a formula is quoted as well (formula-guard.ts).
  const text = stringify([headers, ...rows].map(safe), {
    quoted_match: /^'[=+\-@\t\r]/,
  });
  // A BOM so that spreadsheet programs read the UTF-8 (Chinese names) correctly.
  return Buffer.from(`\uFEFF${text}`, 'utf8');
}

export async function exportPartnersXlsx(db: Db, workspaceId: string): Promise<Buffer> {
  const { headers, rows } = await partnerTable(db, workspaceId);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Partners');
  sheet.addRow(headers).font = { bold: true };
  for (const row of rows) {
    // Text cells are typed as text (format `@`): never a formula, even once edited.
    sheet.addRow(row).eachCell((cell) => {
      if (typeof cell.value === 'string') cell.numFmt = '@';
    });
  }
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
