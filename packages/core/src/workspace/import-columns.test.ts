import { describe, expect, it } from 'vitest';
import { PARTNER_KINDS } from '../model/types.js';
import {
  defaultImportMapping,
  IMPORT_FIELDS,
  importColumn,
  isImportField,
  namedColumn,
  PARTNER_COLUMNS,
} from './import-columns.js';
import { PARTNER_STATUSES } from './lifecycle.js';

describe('the partner columns', () => {
  it('name each field once, id first and required, choices from the domain lists', () => {
    expect(new Set(IMPORT_FIELDS).size).toBe(IMPORT_FIELDS.length);
    expect(IMPORT_FIELDS[0]).toBe('id');
    expect(importColumn('id')?.required).toBe(true);
    expect(PARTNER_COLUMNS.filter((c) => 'required' in c).map((c) => c.field)).toEqual(['id']);
    expect(importColumn('kind')?.choices).toEqual(PARTNER_KINDS);
    expect(importColumn('status')?.choices).toEqual(PARTNER_STATUSES);
    expect(importColumn('scores.tech')).toBeUndefined();
  });

  it('give no header to two columns (aliases are lower case and not field names)', () => {
    const names = PARTNER_COLUMNS.flatMap((c) => [c.field, ...c.aliases]);
    expect(new Set(names).size).toBe(names.length);
    for (const c of PARTNER_COLUMNS)
      for (const alias of c.aliases) expect(alias).toBe(alias.toLowerCase());
  });

  it('read scores.<criterion> and uses.<resource> as named columns', () => {
    expect(namedColumn('scores.tech')).toEqual({ kind: 'scores', name: 'tech' });
    expect(namedColumn('uses.gpu.hours')).toEqual({ kind: 'uses', name: 'gpu.hours' });
    expect(namedColumn('scores.')).toBeUndefined();
    expect(namedColumn('scores. ')).toBeUndefined();
    expect(namedColumn('score.tech')).toBeUndefined();
    expect(isImportField('notes')).toBe(true);
    expect(isImportField('uses.budget')).toBe(true);
    expect(isImportField('Notes')).toBe(false);
  });
});

describe('the default mapping', () => {
  it("maps an export's headers to themselves", () => {
    const headers = [...IMPORT_FIELDS, 'scores.tech', 'uses.budget'];
    expect(defaultImportMapping(headers)).toEqual(Object.fromEntries(headers.map((h) => [h, h])));
  });

  it('prefers the exact name, then any case, then an alias; a header serves one field', () => {
    expect(defaultImportMapping(['Partner ID', 'ID', 'Type', 'Domain', 'Notes'])).toEqual({
      id: 'ID',
      kind: 'Type',
      domains: 'Domain',
      notes: 'Notes',
    });
    expect(defaultImportMapping(['key', 'id'])).toEqual({ id: 'id' });
    expect(defaultImportMapping(['Name', 'name'])).toEqual({ name: 'name' });
    expect(defaultImportMapping(['unrelated', 'Tech score'])).toEqual({});
  });

  it('offers only the fields it is given (the web app adds the criteria it knows)', () => {
    expect(defaultImportMapping(['id', 'Scores.Tech'], ['id', 'scores.tech'])).toEqual({
      id: 'id',
      'scores.tech': 'Scores.Tech',
    });
    expect(defaultImportMapping(['id', 'name'], ['id'])).toEqual({ id: 'id' });
  });
});
