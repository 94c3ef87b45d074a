/** Partners in and out as CSV and XLSX over HTTP; the spec as YAML or JSON. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test-support/databases.js';
import { createTestApi, type TestApi } from '../test-support/api.js';
import { prepareWorkspace } from '../test-support/route-cases.js';
import { rowCounts } from '../test-support/row-counts.js';
import { XLSX_TYPE } from './schema.js';

describeEachDatabase('import and export', (get) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi(get().db);
    await prepareWorkspace(api);
  });
  afterAll(() => api.close());
  const ws = () => `/api/workspaces/${api.slug}`;

  const csv = (url: string, payload: string, mapping?: object) =>
    api.as('editor', {
      method: 'POST',
      url: `${ws()}${url}`,
      headers: {
        'content-type': 'text/csv',
        ...(mapping ? { 'x-import-mapping': JSON.stringify(mapping) } : {}),
      },
      payload,
    });

  it('previews without writing, then imports with a column mapping', async () => {
    const file = 'Partner,Type,Tech\nuni-a,academic,7\ncorp-b,enterprise,5\n';
    const mapping = { id: 'Partner', kind: 'Type', 'scores.tech': 'Tech' };
    const before = await rowCounts(api.db);
    const preview = await csv('/imports/partners/preview', file, mapping);
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toMatchObject({
      errors: [],
      rows: [
        {
          row: 2,
          action: 'create',
          partner: { id: 'uni-a', kind: 'academic', scores: { tech: 7 } },
        },
        { row: 3, action: 'create', partner: { id: 'corp-b' } },
      ],
    });
    expect(await rowCounts(api.db)).toEqual(before);
    const imported = await csv('/imports/partners', file, mapping);
    expect(imported.json()).toMatchObject({ created: 2, updated: 0 });
    const partner = await api.as('viewer', { method: 'GET', url: `${ws()}/partners/uni-a` });
    expect(partner.json()).toMatchObject({ kind: 'academic', scores: { tech: 7 } });
  });

  it('writes nothing when any row is bad, and names row and column', async () => {
    const before = await rowCounts(api.db);
    const res = await csv(
      '/imports/partners',
      'id,kind,scores.tech\nok-1,academic,3\nbad-1,spaceship,4\nbad-2,other,lots\n',
    );
    expect(res.statusCode).toBe(422);
    const body = res.json<{ errors: { path: string; line?: number; message: string }[] }>();
    expect(body.errors.map((e) => [e.path, e.line])).toEqual([
      ['rows[3].kind', 3],
      ['rows[4].scores.tech', 4],
    ]);
    expect(await rowCounts(api.db)).toEqual(before);
  });

  it('refuses JSON and unreadable files with problems, not crashes', async () => {
    const json = await api.as('editor', {
      method: 'POST',
      url: `${ws()}/imports/partners`,
      payload: { id: 'x' },
    });
    expect(json.statusCode).toBe(415);
    const garbage = await api.as('editor', {
      method: 'POST',
      url: `${ws()}/imports/partners`,
      headers: { 'content-type': XLSX_TYPE },
      payload: Buffer.from('this is not a spreadsheet'),
    });
    expect(garbage.statusCode).toBe(422);
    const badMapping = await api.as('editor', {
      method: 'POST',
      url: `${ws()}/imports/partners?mapping=%7Bnot-json`,
      headers: { 'content-type': 'text/csv' },
      payload: 'id\na\n',
    });
    expect(badMapping.json()).toMatchObject({
      status: 400,
      errors: [expect.objectContaining({ location: 'query', path: 'mapping' })],
    });
  });

  it('exports CSV and XLSX that import back with the default mapping', async () => {
    const exported = await api.as('viewer', { method: 'GET', url: `${ws()}/exports/partners.csv` });
    expect(exported.headers['content-type']).toMatch(/^text\/csv/);
    expect(exported.headers['content-disposition']).toBe(
      `attachment; filename="${api.slug}-partners.csv"`,
    );
    // A byte-order mark first, so that spreadsheet programs read the file as UTF-8.
    expect(exported.body.split('\n')[0]).toMatch(/^\uFEFFid,name,kind,status/);
    const back = await csv('/imports/partners/preview', exported.body);
    expect(back.json()).toMatchObject({ errors: [] });
    expect(
      back.json<{ rows: { action: string }[] }>().rows.every((r) => r.action === 'update'),
    ).toBe(true);

    const xlsx = await api.as('viewer', { method: 'GET', url: `${ws()}/exports/partners.xlsx` });
    expect(xlsx.headers['content-type']).toBe(XLSX_TYPE);
    const xlsxBack = await api.as('editor', {
      method: 'POST',
      url: `${ws()}/imports/partners`,
      headers: { 'content-type': XLSX_TYPE },
      payload: xlsx.rawPayload,
    });
    expect(xlsxBack.statusCode).toBe(200);
    expect(xlsxBack.json()).toMatchObject({ created: 0 });
  });

  it('round-trips the spec: GET as YAML, PUT it back, GET the same', async () => {
    const yaml = await api.as('viewer', {
      method: 'GET',
      url: `${ws()}/spec`,
      headers: { accept: 'application/yaml' },
    });
    expect(yaml.headers['content-type']).toMatch(/^application\/yaml/);
    const json = await api.as('viewer', { method: 'GET', url: `${ws()}/spec` });
    expect(json.headers['content-type']).toMatch(/^application\/json/);
    // Partners imported without estimates do not make a valid spec yet: every error is named.
    const invalid = await api.as('editor', {
      method: 'PUT',
      url: `${ws()}/spec`,
      headers: { 'content-type': 'application/yaml' },
      payload: yaml.body,
    });
    expect(invalid.statusCode).toBe(422);
    expect(invalid.json()).toMatchObject({
      code: 'invalid_spec',
      errors: expect.arrayContaining([
        expect.objectContaining({ path: 'partners[0].cost', line: expect.any(Number) }),
      ]),
    });
    const spec = [
      'version: 1',
      'unit: USD',
      'criteria: [{ id: tech, kind: benefit, weight: 1 }]',
      'partners:',
      '  - { id: a, kind: academic, scores: { tech: 1 }, cost: { triangular: [1, 2, 3] }, return: 4 }',
      '  - { id: b, kind: enterprise, scores: { tech: 2 }, cost: 1, return: 2 }',
      'synergies: [{ between: [a, b], value: 0.5 }]',
      '',
    ].join('\n');
    const put = await api.as('editor', {
      method: 'PUT',
      url: `${ws()}/spec`,
      headers: { 'content-type': 'text/yaml' },
      payload: spec,
    });
    expect(put.statusCode).toBe(200);
    const first = await api.as('viewer', { method: 'GET', url: `${ws()}/spec?format=json` });
    const again = await api.as('editor', {
      method: 'PUT',
      url: `${ws()}/spec`,
      headers: { 'content-type': 'application/json' },
      payload: first.body,
    });
    expect(again.statusCode).toBe(200);
    const second = await api.as('viewer', { method: 'GET', url: `${ws()}/spec?format=json` });
    expect(second.json()).toEqual(first.json());
    expect(first.json()).toMatchObject({
      unit: 'USD',
      synergies: [{ between: ['a', 'b'], value: 0.5 }],
    });
  });
});
