/**
 * Outcomes over HTTP on both databases: the CSV and XLSX imports (all or nothing, errors by
 * line (a spreadsheet's row) and column), the batch upsert, the export that imports back, and attribution on the stored
 * example, which gives the CLI's document for the same panel, method and seed, at once or
 * as a job.
 */
import { readFileSync } from 'node:fs';
import { createRng } from '@partnerfolio/core';
import { attribute, parsePanelCsv } from '@partnerfolio/core/causal';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { attributionJobHandlers } from '../../engine/attribution-job.js';
import { waitForJob } from '../../jobs/test-support/wait-for.js';
import { type JobWorker, startJobWorker } from '../../jobs/worker.js';
import { createAgreement } from '../../store/agreements/writes.js';
import { createPartner } from '../../store/partners.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { agreementDocument } from '../agreements.route-cases.js';
import { createTestApi, type TestApi } from '../test-support/api.js';
import { prepareWorkspace } from '../test-support/route-cases.js';
import { rowCounts } from '../test-support/row-counts.js';

const example = readFileSync(
  new URL('../../../../../examples/outcomes/revenue-by-line.csv', import.meta.url),
  'utf8',
);
const COLUMNS = {
  unit: 'line',
  time: 'month',
  outcome: 'revenue_k_eur',
  treated: 'hospital_partnership',
};

describeEachDatabase('outcomes and attribution', (get) => {
  let api: TestApi;
  let worker: JobWorker;
  const ws = () => `/api/workspaces/${api.slug}`;
  const importCsv = (query: string, payload: string, who: 'editor' | 'viewer' = 'editor') =>
    api.as(who, {
      method: 'POST',
      url: `${ws()}/imports/outcomes?${query}`,
      headers: { 'content-type': 'text/csv' },
      payload,
    });
  const attributeAs = (who: 'viewer' | 'editor', payload: Record<string, unknown>) =>
    api.as(who, { method: 'POST', url: `${ws()}/attribute`, payload });

  beforeAll(async () => {
    const { db } = get();
    api = await createTestApi(db);
    const workspaceId = await prepareWorkspace(api);
    await createPartner(
      db,
      workspaceId,
      {
        id: 'hospital',
        name: 'Hospital group',
        kind: 'enterprise',
        cost: 1,
        return: 2,
        scores: { tech: 4 },
      },
      null,
    );
    await createAgreement(
      db,
      workspaceId,
      { document: { ...agreementDocument('hosp-2025', 'hospital'), start: '2025-01-01' } },
      null,
    );
    worker = startJobWorker({
      db,
      workerId: 'outcomes-test-worker',
      handlers: attributionJobHandlers({ db }),
      pollMs: 50,
      progressIntervalMs: 0,
    });
  });
  afterAll(async () => {
    await worker?.stop({ timeoutMs: 2000 });
    await api?.close();
  });

  it('refuses a bad file whole, naming line and column', async () => {
    const before = await rowCounts(api.db);
    const res = await importCsv(
      'unit=line&time=month&outcomes=revenue',
      'line,month,revenue\na,2025-01,10\nb,2025-01,lots\n',
    );
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toMatchObject([
      { code: 'not_a_number', line: 3, column: 3, path: 'revenue' },
    ]);
    expect(await rowCounts(api.db)).toEqual(before);
    const viewer = await importCsv(
      'unit=line&time=month&outcomes=revenue',
      'line,month,revenue\na,2025-01,1\n',
      'viewer',
    );
    expect(viewer.statusCode).toBe(403);
    const unknown = await importCsv(
      'unit=line&time=month&outcomes=revenue_k_eur&treated=hospital_partnership&agreement=nope',
      example,
    );
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors[0]).toMatchObject({ code: 'unknown_agreement' });
  });

  it('imports the example, links the treated lines, and attributes as the CLI does', async () => {
    const imported = await importCsv(
      'unit=line&time=month&outcomes=revenue_k_eur&treated=hospital_partnership&agreement=hosp-2025&kind=line',
      example,
    );
    expect(imported.statusCode).toBe(200);
    expect(imported.json()).toEqual({
      points: 432,
      units: 18,
      outcomes: ['revenue_k_eur'],
      treatedUnits: ['medical-imaging', 'medical-lab'],
    });
    const listed = await api.as('viewer', { method: 'GET', url: `${ws()}/outcomes` });
    expect(listed.json().outcomes).toEqual([
      {
        name: 'revenue_k_eur',
        units: 18,
        periods: 24,
        observations: 432,
        from: '2024-01',
        to: '2025-12',
      },
    ]);
    expect(listed.json().units).toContainEqual({
      unit: 'medical-lab',
      kind: 'line',
      partner: null,
      agreement: 'hosp-2025',
      treatedFrom: '2025-01-01',
    });

    const res = await attributeAs('viewer', {
      outcome: 'revenue_k_eur',
      agreement: 'hosp-2025',
      method: 'sdid',
      placebo: 50,
      seed: 7,
    });
    expect(res.statusCode).toBe(200);
    // The store lists units by name; the CLI keeps the file's order, which decides the
    // placebo draws. The same file with its rows sorted by line is the same panel.
    const [header, ...rows] = example.trimEnd().split('\n');
    const sorted = [
      header,
      ...rows.sort((a, b) => (a.split(',')[0] as string).localeCompare(b.split(',')[0] as string)),
    ].join('\n');
    const panel = parsePanelCsv(sorted, COLUMNS);
    if (!panel.ok) throw new Error('the example does not parse');
    const cli = attribute(panel.value, { method: 'sdid', placebo: 50, rng: createRng(7) });
    if (!cli.ok) throw new Error('the CLI path fails');
    expect(res.json()).toEqual(
      JSON.parse(
        JSON.stringify({ ...cli.value, seed: 7, outcome: 'revenue_k_eur', agreement: 'hosp-2025' }),
      ),
    );
    // The planted +40 (docs/attribution.md) lies in the interval.
    const [lo, hi] = res.json().ci as [number, number];
    expect(lo).toBeLessThan(40);
    expect(hi).toBeGreaterThan(40);
  });

  it('runs as a job for editors only, with the same answer', async () => {
    const body = {
      outcome: 'revenue_k_eur',
      agreement: 'hosp-2025',
      method: 'did',
      placebo: 30,
      async: true,
    };
    expect((await attributeAs('viewer', body)).statusCode).toBe(403);
    const accepted = await attributeAs('editor', body);
    expect(accepted.statusCode).toBe(202);
    const done = await waitForJob(get().db, accepted.json().job.id, ['done', 'failed']);
    expect(done.state).toBe('done');
    const { async: _, ...quick } = body;
    const direct = await attributeAs('viewer', quick);
    expect(done.result).toEqual(direct.json());
  });

  it('answers 404 for an unknown outcome or agreement, 422 for bad options', async () => {
    const base = { outcome: 'revenue_k_eur', agreement: 'hosp-2025' };
    expect((await attributeAs('viewer', { ...base, outcome: 'nope' })).statusCode).toBe(404);
    expect((await attributeAs('viewer', { ...base, agreement: 'nope' })).statusCode).toBe(404);
    const bad = await attributeAs('viewer', { ...base, placebo: 1 });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('placebo');
  });

  it('upserts a batch, and the export imports back to the same outcomes', async () => {
    const put = await api.as('editor', {
      method: 'PUT',
      url: `${ws()}/outcomes`,
      payload: {
        points: [
          { unit: 'hospital', period: '2025-01', outcome: 'pilots', value: 1 },
          { unit: 'hospital', period: '2025-02', outcome: 'pilots', value: 2 },
        ],
        units: [{ unit: 'hospital', kind: 'partner', partner: 'hospital' }],
      },
    });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toEqual({ points: 2, units: 1, outcomes: ['pilots'] });
    const again = await api.as('editor', {
      method: 'PUT',
      url: `${ws()}/outcomes`,
      payload: { points: [{ unit: 'hospital', period: '2025-02', outcome: 'pilots', value: 3 }] },
    });
    expect(again.statusCode).toBe(200);
    const dup = await api.as('editor', {
      method: 'PUT',
      url: `${ws()}/outcomes`,
      payload: {
        points: [
          { unit: 'x', period: '2025-02', outcome: 'pilots', value: 3 },
          { unit: 'x', period: '2025-02', outcome: 'pilots', value: 4 },
        ],
      },
    });
    expect(dup.statusCode).toBe(422);
    expect(dup.json().errors[0]).toMatchObject({
      code: 'duplicate_observation',
      path: 'points[1]',
    });

    const exported = await api.as('viewer', { method: 'GET', url: `${ws()}/exports/outcomes.csv` });
    expect(exported.statusCode).toBe(200);
    expect(exported.body).toContain('hospital,partner,hospital,,2025-02,pilots,3\n');
    const before = (await api.as('viewer', { method: 'GET', url: `${ws()}/outcomes` })).json();
    const reimported = await importCsv(
      'unit=unit&time=period&outcomeName=outcome&value=value',
      exported.body,
    );
    expect(reimported.json()).toMatchObject({ points: 434 });
    const after = (await api.as('viewer', { method: 'GET', url: `${ws()}/outcomes` })).json();
    expect(after).toEqual(before);
  });

  it('says there is not enough evidence to learn a standard without 8 reviewed partnerships', async () => {
    const res = await api.as('viewer', {
      method: 'POST',
      url: `${ws()}/learn-standard`,
      payload: { seed: 3 },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'insufficient',
      reviewed: 0,
      needed: 8,
      reason: 'too_few_reviewed',
      seed: 3,
    });
  });

  it('imports an XLSX workbook, rows named as the spreadsheet numbers them', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Outcomes');
    sheet.addRow(['region', 'day', 'trials', 'note']);
    sheet.addRow(['north', new Date(Date.UTC(2024, 0, 1)), 3]);
    sheet.addRow([]);
    sheet.addRow(['south', new Date(Date.UTC(2024, 0, 1)), 'many']);
    const bad = Buffer.from(await book.xlsx.writeBuffer());
    const xlsx = (payload: Buffer) =>
      api.as('editor', {
        method: 'POST',
        url: `${ws()}/imports/outcomes?unit=region&time=day&outcomes=trials&kind=region`,
        headers: {
          'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        },
        payload,
      });
    const before = await rowCounts(api.db);
    const refused = await xlsx(bad);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors).toMatchObject([
      { code: 'not_a_number', line: 4, column: 3, path: 'trials' },
    ]);
    expect(await rowCounts(api.db)).toEqual(before);
    const garbage = await xlsx(Buffer.from('PK not a workbook'));
    expect(garbage.statusCode).toBe(422);
    expect(garbage.json().errors[0]).toMatchObject({ code: 'unreadable_file' });

    sheet.getCell('C4').value = 5;
    const good = await xlsx(Buffer.from(await book.xlsx.writeBuffer()));
    expect(good.statusCode).toBe(200);
    expect(good.json()).toMatchObject({ points: 2, units: 2, outcomes: ['trials'] });
    const listed = (await api.as('viewer', { method: 'GET', url: `${ws()}/outcomes` })).json();
    expect(listed.outcomes).toContainEqual(
      expect.objectContaining({ name: 'trials', from: '2024-01-01', to: '2024-01-01' }),
    );
  });

  it('reads a file’s header row (CSV or XLSX) and one outcome’s observations for editing', async () => {
    const headers = await api.as('editor', {
      method: 'POST',
      url: `${ws()}/imports/outcomes/headers`,
      headers: { 'content-type': 'text/csv' },
      payload: 'line;month;"revenue k€"\nx;2025-01;1\n',
    });
    expect(headers.json()).toEqual({ headers: ['line', 'month', 'revenue k€'] });
    const book = new ExcelJS.Workbook();
    book.addWorksheet('s').addRow(['unit', 'quarter', 'users']);
    const fromXlsx = await api.as('editor', {
      method: 'POST',
      url: `${ws()}/imports/outcomes/headers`,
      headers: {
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      },
      payload: Buffer.from(await book.xlsx.writeBuffer()),
    });
    expect(fromXlsx.json()).toEqual({ headers: ['unit', 'quarter', 'users'] });
    const series = await api.as('viewer', {
      method: 'GET',
      url: `${ws()}/outcomes/series?outcome=trials`,
    });
    expect(series.statusCode).toBe(200);
    expect(series.json()).toEqual({
      outcome: 'trials',
      points: [
        { unit: 'north', period: '2024-01-01', value: 3 },
        { unit: 'south', period: '2024-01-01', value: 5 },
      ],
      truncated: false,
    });
    const missing = await api.as('viewer', {
      method: 'GET',
      url: `${ws()}/outcomes/series?outcome=nope`,
    });
    expect(missing.statusCode).toBe(404);
  });
});
