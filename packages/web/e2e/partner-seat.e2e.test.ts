/**
 * The partner's seat, walked through as people would (issue 12, "Tested as a person
 * would"): the owner invites a partner's contact on the members screen; the contact signs
 * up, sees only its organisation's agreement (another partner's agreement URL answers
 * "not found"), accepts one statement and disputes a line of another; a correction and a
 * new statement follow; it downloads the new statement's receipt, which the built
 * `partnerfolio ledger check-receipt` accepts and rejects once a byte is changed; and it
 * answers the health check in 简体中文.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { en } from '../src/i18n/en';
import { zhCN } from '../src/i18n/zh-CN';
import { apiCall, fill } from './harness/antd-steps';
import { axeViolations } from './harness/axe';
import { launchBrowser, type TestBrowser } from './harness/browser';
import { describeInBrowser } from './harness/chromium';
import { startTestServer, type TestServer } from './harness/server-process';
import { choose, signIn } from './harness/shell-steps';
import { untranslated, visibleTexts } from './harness/visible-text';

const run = promisify(execFile);
const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 15_000 });
const DEMO = fileURLToPath(new URL('../../../examples/demo.yaml', import.meta.url));
const CLI = fileURLToPath(new URL('../../cli/bin/partnerfolio.js', import.meta.url));
const LAB = 'northlake-ai-lab';
const GPU = 'nimbus-gpu-cloud';
const WS = '/api/workspaces/demo';

const agreement = (code: string, title: string, other: string) => ({
  status: 'active',
  document: {
    id: code,
    title,
    type: 'joint-rnd',
    parties: ['us', other],
    start: '2026-01-01',
    end: '2027-12-31',
    ip: { foreground: { us: 0.5, [other]: 0.5 } },
    terms: [
      {
        revenueShare: {
          source: 'product',
          collector: 'us',
          tiers: [{ upTo: null, shares: { [other]: 0.1 } }],
        },
      },
      { milestone: { id: 'm1', payer: 'us', payee: other, amount: 100 } },
    ],
  },
});

/** `partnerfolio ledger check-receipt FILE --json`: its exit code and answer. */
async function checkReceipt(file: string): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await run(process.execPath, [
      CLI,
      'ledger',
      'check-receipt',
      file,
      '--json',
    ]);
    return { code: 0, out: stdout };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, out: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

describeInBrowser('the partner seat, walked through', () => {
  let server: TestServer;
  let browser: TestBrowser;
  let url: string;
  let ownerToken = '';
  let inviteUrl = '';
  let folder = '';
  const json = (data: unknown) => ({ data: JSON.stringify(data), type: 'application/json' });
  /** The owner, acting from its own desk (an API token) while the contact uses the browser. */
  const owner = async (method: 'GET' | 'POST', path: string, body?: unknown) => {
    const res = await fetch(`${url}${WS}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${ownerToken}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    expect(res.ok, `${method} ${path}: ${text}`).toBe(true);
    return JSON.parse(text) as unknown;
  };

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'partner-seat-'));
    server = await startTestServer();
    url = server.url;
    const first = server.users[0];
    if (first === undefined) throw new Error('the server made no users');
    browser = await launchBrowser();
    browser.page.setDefaultTimeout(30_000);
    const { page } = browser;
    await signIn(page, url, first);
    await apiCall(page, url, 'PUT', `${WS}/spec`, {
      data: await readFile(DEMO, 'utf8'),
      type: 'application/yaml',
    });
    const created = (await apiCall(
      page,
      url,
      'POST',
      '/api/tokens',
      json({ name: 'owner desk', scope: 'write' }),
    )) as { token: string };
    ownerToken = created.token;
    await owner('POST', '/agreements', agreement('lab-rnd', 'Lab joint research', LAB));
    await owner('POST', '/agreements', agreement('gpu-deal', 'GPU capacity deal', GPU));
    const event = (e: object) => owner('POST', '/agreements/lab-rnd/ledger', e);
    await event({ date: '2026-02-01', kind: 'revenue', source: 'product', amount: 10000 });
    await event({ date: '2026-03-01', kind: 'milestone', id: 'm1' });
    await event({ date: '2026-05-01', kind: 'revenue', source: 'product', amount: 5000 });
    await owner('POST', '/agreements/lab-rnd/statements', { from: '2026-01-01', to: '2026-03-31' });
    const doc = agreement('lab-rnd', 'Lab joint research', LAB).document;
    await owner('POST', '/agreements/lab-rnd/amendments', {
      document: { ...doc, terms: doc.terms.slice(0, 1) },
      effectiveFrom: '2026-07-01',
    });
    await owner('POST', '/agreements/lab-rnd/statements/1/responses', {
      party: 'us',
      decision: 'accept',
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (folder !== '') await rm(folder, { recursive: true, force: true });
  });

  it("the owner records the second quarter's statement on the agreement's page", async () => {
    const { page } = browser;
    await page.goto(`${url}/w/demo/agreements/lab-rnd`);
    await page.getByRole('tab', { name: en['screen.seat.tab.seat'] }).click();
    await page.getByRole('tab', { name: en['screen.seat.tab.statements'], exact: true }).click();
    await page
      .getByRole('textbox', { name: en['screen.seat.statements.from'], exact: true })
      .fill('2026-04-01');
    await page
      .getByRole('textbox', { name: en['screen.seat.statements.to'], exact: true })
      .fill('2026-06-30');
    await page.getByRole('button', { name: en['screen.seat.statements.record'] }).click();
    await poll(() => page.getByTestId('statement-head-2').textContent()).toContain(
      en['screen.seat.status.open'],
    );
    await page.getByRole('tab', { name: en['screen.seat.tab.amendments'] }).click();
    await poll(() => page.getByTestId('amendment-2').textContent()).toContain('terms[1]');
    expect(await axeViolations(page)).toEqual([]);
  }, 60_000);

  it("the owner invites the lab's contact on the members screen", async () => {
    const { page } = browser;
    await page.goto(`${url}/w/demo/members`);
    await page.getByLabel(en['screen.members.email']).fill('contact@northlake.example');
    // The invitation form's selects are found by their ids (the members table above has
    // a role select per member too).
    await page.locator('#role').click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: en['role.partner'] })
      .click();
    await page.locator('#partner').click();
    await page.locator('#partner').pressSequentially('Northlake');
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: 'Northlake University AI Lab' })
      .click();
    await page.getByRole('button', { name: en['screen.members.invite'] }).click();
    const link = page.locator('.ant-alert-success .ant-typography').first();
    await poll(() => link.textContent()).toContain('/accept-invitation#');
    inviteUrl = (await link.textContent()) ?? '';
    await page.context().clearCookies();
  }, 60_000);

  it('the contact signs up and sees only its own agreement', async () => {
    const { page } = browser;
    browser.allowConsoleErrors(/status of 401|status of 404/);
    await page.goto(inviteUrl.trim());
    await page.getByLabel(en['screen.accept.name']).fill('Nora Contact');
    await page.getByLabel(en['screen.accept.password']).fill('northern lights over the lab');
    await page.getByRole('button', { name: en['screen.accept.submit'] }).click();
    await page.waitForURL(`${url}/w/demo/portal`);
    await poll(() => page.getByText('Lab joint research', { exact: false }).count()).toBe(1);
    expect(await page.getByText('GPU capacity deal', { exact: false }).count()).toBe(0);
    await page.goto(`${url}/w/demo/portal/gpu-deal`);
    await poll(() =>
      page.getByText(fill(en['screen.seat.portal.notFound'], { id: 'gpu-deal' })).count(),
    ).toBe(1);
    await page.goto(`${url}/w/demo/portal/lab-rnd`);
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Lab joint research',
    );
  }, 60_000);

  it('accepts the amendment as its own party', async () => {
    const { page } = browser;
    await page.getByRole('tab', { name: en['screen.seat.tab.amendments'] }).click();
    const card = page.getByTestId('amendment-2');
    await card
      .getByRole('button', { name: fill(en['screen.seat.amendments.accept'], { party: LAB }) })
      .click();
    await poll(() => card.textContent()).toContain(
      fill(en['screen.seat.amendments.acceptedBy'], { parties: LAB }),
    );
    // Its contact answers for the lab only: no button to accept for us.
    expect(await card.getByRole('button').count()).toBe(0);
  }, 60_000);

  it('accepts one statement and disputes a line of another', async () => {
    const { page } = browser;
    await page.getByRole('tab', { name: en['screen.seat.tab.statements'], exact: true }).click();
    // The newest (2) is open; open 1 too.
    await page.getByTestId('statement-head-1').click();
    const one = page.getByTestId('statement-1');
    await one.getByRole('button', { name: en['screen.seat.statements.accept'] }).click();
    await poll(() => page.getByTestId('statement-head-1').textContent()).toContain(
      en['screen.seat.status.final'],
    );
    const two = page.getByTestId('statement-2');
    await two.getByRole('checkbox', { name: `${en['screen.seat.statements.line']} 0` }).check();
    await two
      .getByLabel(en['screen.seat.statements.reason'])
      .fill('May revenue was 4,000, not 5,000');
    await two.getByRole('button', { name: en['screen.seat.statements.dispute'] }).click();
    await poll(() => page.getByTestId('statement-head-2').textContent()).toContain(
      en['screen.seat.status.disputed'],
    );
    expect(await axeViolations(page)).toEqual([]);
    await browser.screenshot('partner-seat-statements');
    const answered = (await owner('GET', '/agreements/lab-rnd/statements/2')) as {
      responses: { party: string; decision: string; lines: number[] }[];
    };
    expect(answered.responses).toEqual([
      expect.objectContaining({ party: LAB, decision: 'dispute', lines: [0] }),
    ]);
    // Statement 1 is final now: the owner's dashboard lists its transfers as owed (due 30
    // days after the partner's acceptance), none overdue yet.
    const ops = (await owner('GET', '/operations')) as {
      payments: { owed: { statement: number; daysOverdue: number }[]; overdue: unknown[] };
    };
    expect(ops.payments.owed.length).toBeGreaterThan(0);
    expect(ops.payments.owed.every((p) => p.statement === 1 && p.daysOverdue === 0)).toBe(true);
    expect(ops.payments.overdue).toEqual([]);
  }, 60_000);

  it('a correction and a new statement follow; its receipt checks offline, and fails once changed', async () => {
    const { page } = browser;
    // The owner records the correction on the ledger (the May revenue, as the partner
    // says, is a further event: the ledger is append-only) and a statement superseding 2.
    await owner('POST', '/agreements/lab-rnd/ledger', {
      date: '2026-05-02',
      kind: 'revenue',
      source: 'product',
      amount: 1000,
    });
    await owner('POST', '/agreements/lab-rnd/statements', {
      from: '2026-04-01',
      to: '2026-06-30',
      supersedes: 2,
    });
    await owner('POST', '/agreements/lab-rnd/statements/3/responses', {
      party: 'us',
      decision: 'accept',
    });
    await page.reload();
    await page.getByRole('tab', { name: en['screen.seat.tab.statements'], exact: true }).click();
    await poll(() => page.getByTestId('statement-head-2').textContent()).toContain(
      en['screen.seat.status.superseded'],
    );
    const three = page.getByTestId('statement-3');
    await three.getByRole('button', { name: en['screen.seat.statements.accept'] }).click();
    await poll(() => page.getByTestId('statement-head-3').textContent()).toContain(
      en['screen.seat.status.final'],
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      three.getByRole('link', { name: en['screen.seat.statements.receipt'] }).click(),
    ]);
    const file = join(folder, 'receipt.json');
    await download.saveAs(file);
    const good = await checkReceipt(file);
    expect(good.code, good.out).toBe(0);
    // One byte changed: a digit of the statement's first balance.
    const text = await readFile(file, 'utf8');
    const at = text.indexOf('"balances"');
    const digit = text.slice(at).search(/[0-9]/) + at;
    const changed = `${text.slice(0, digit)}${text[digit] === '9' ? '8' : String(Number(text[digit]) + 1)}${text.slice(digit + 1)}`;
    const bad = join(folder, 'receipt-changed.json');
    await writeFile(bad, changed);
    const refused = await checkReceipt(bad);
    expect(refused.code, refused.out).toBe(1);
  }, 90_000);

  it('answers the health check in 简体中文', async () => {
    const { page } = browser;
    await choose(page, en['language.label'], '简体中文');
    await page.getByRole('tab', { name: zhCN['screen.seat.tab.health'] }).click();
    for (const d of ['strategy', 'operations', 'relationship', 'governance', 'culture'] as const) {
      const label = zhCN[`screen.seat.health.dimension.${d}`];
      const rate = page.locator(`[aria-labelledby="health-${d}"]`);
      await rate.getByRole('radio').nth(3).click();
      expect(label).not.toBe('');
    }
    await page.getByRole('button', { name: zhCN['screen.seat.health.save'] }).click();
    await poll(() =>
      page.getByRole('status').filter({ hasText: zhCN['screen.seat.health.saved'] }).count(),
    ).toBe(1);
    await poll(() => page.getByTestId('health-respondents').textContent()).toBe(
      fill(zhCN['screen.seat.health.respondents'], { us: 0, partner: 1 }),
    );
    expect(untranslated(await visibleTexts(page))).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await browser.screenshot('partner-seat-health-zh');
    const check = (await owner('GET', '/agreements/lab-rnd/health-check')) as {
      summary: { sides: { partner: { respondents: number; dimensions: unknown } } };
    };
    expect(check.summary.sides.partner).toMatchObject({ respondents: 1, dimensions: null });
  }, 60_000);
});
