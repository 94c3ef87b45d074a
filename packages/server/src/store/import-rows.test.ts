import { IMPORT_FIELDS, PARTNER_COLUMNS } from '@partnerfolio/core';
import { describe, expect, it } from 'vitest';
import { parseRows } from './import-rows.js';
import type { Cell, Table } from './import-table.js';

const table = (headers: string[], ...rows: Cell[][]): Table => ({
  headers,
  rows: rows.map((cells, i) => ({ row: i + 2, cells })),
});
const identity = (headers: readonly string[]) => Object.fromEntries(headers.map((h) => [h, h]));

describe("parsing rows by core's column table", () => {
  const headers = [...IMPORT_FIELDS, 'scores.tech', 'uses.gpu'];
  const criteria = new Set(['tech']);
  const resources = new Set(['gpu']);

  it('reads every column type', () => {
    const values: Record<string, Cell> = {
      id: ' lab-1 ',
      name: '  Lab One ',
      kind: 'Academic',
      status: 'ACTIVE',
      domains: 'vision; speech',
      offers: 'data, compute',
      cost: '10..20',
      return: 12,
      alpha: '2',
      beta: 3,
      notes: '  as written ',
    };
    const cells = [...IMPORT_FIELDS.map((f) => values[f] ?? null), '7.5', 4];
    const parsed = parseRows(table(headers, cells), identity(headers), criteria, resources);
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows[0]?.partner).toEqual({
      id: 'lab-1',
      name: 'Lab One',
      kind: 'academic',
      status: 'active',
      domains: ['vision', 'speech'],
      offers: ['data', 'compute'],
      cost: { uniform: [10, 20] },
      return: 12,
      alpha: 2,
      beta: 3,
      notes: '  as written ',
      scores: { tech: 7.5 },
      uses: { gpu: 4 },
    });
  });

  it('names the row and column of each bad cell, with the choices a column allows', () => {
    const bad = parseRows(
      table(['id', 'kind', 'status', 'uses.gpu'], [null, 'school', 'paused', -1]),
      identity(['id', 'kind', 'status', 'uses.gpu']),
      criteria,
      resources,
    );
    expect(bad.rows).toEqual([]);
    expect(bad.errors).toEqual([
      { row: 2, column: 'id', message: 'the id is empty; every partner needs one' },
      {
        row: 2,
        column: 'kind',
        message: '"school" is not a kind; use one of academic, enterprise, government, other',
      },
      {
        row: 2,
        column: 'status',
        message: expect.stringContaining('"paused" is not a status; use one of candidate'),
      },
      { row: 2, column: 'uses.gpu', message: '-1 is negative; a resource use is 0 or more' },
    ]);
  });

  it('refuses a mapping to a field the table does not have', () => {
    const parsed = parseRows(table(['id', 'x']), { id: 'id', colour: 'x' }, criteria, resources);
    expect(parsed.errors[0]?.message).toContain(
      `use one of ${PARTNER_COLUMNS.map((c) => c.field).join(', ')}`,
    );
  });
});
