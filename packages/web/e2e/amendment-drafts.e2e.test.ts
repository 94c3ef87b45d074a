/**
 * Draft amendments (issue 9 §3), walked through in a real browser on the demo workspace:
 * a review of Northlake University AI Lab decides "renegotiate"; the review links the draft it opened
 * on the running agreement; the draft says who opened it and why; the editor (the agreement
 * form's parts) changes the milestone and the effective date and shows the difference
 * from the terms in force as it is typed; a negative write-off is refused at its field, in
 * English and in 简体中文; saved, the draft is proposed and the existing flow shows it
 * awaiting both parties' acceptance. axe and the untranslated-text check on the way.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { en } from '../src/i18n/en';
import { zhCN } from '../src/i18n/zh-CN';
import { apiCall, closeDropdowns, fill } from './harness/antd-steps';
import { axeViolations } from './harness/axe';
import { launchBrowser, type TestBrowser } from './harness/browser';
import { describeInBrowser } from './harness/chromium';
import { startTestServer, type TestServer } from './harness/server-process';
import { choose, signIn } from './harness/shell-steps';
import { untranslated, visibleTexts } from './harness/visible-text';

const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 20_000 });
const DEMO = fileURLToPath(new URL('../../../examples/demo.yaml', import.meta.url));
const LAB = 'northlake-ai-lab';
const WS = '/api/workspaces/demo';
const json = (data: unknown) => ({ data: JSON.stringify(data), type: 'application/json' });

/** A running joint R&D agreement with the lab: a revenue share and one milestone of 100. */
const labAgreement = {
  status: 'active',
  document: {
    id: 'lab-rnd',
    title: 'Lab joint research',
    type: 'joint-rnd',
    parties: ['us', LAB],
    start: '2026-01-01',
    end: '2028-12-31',
    ip: { foreground: { us: 0.5, [LAB]: 0.5 } },
    terms: [
      {
        revenueShare: {
          source: 'product',
          collector: 'us',
          tiers: [{ upTo: null, shares: { [LAB]: 0.1 } }],
        },
      },
      { milestone: { id: 'm1', payer: 'us', payee: LAB, amount: 100 } },
    ],
  },
};

interface Amendment {
  version: number;
  status: string;
  effectiveFrom: string;
  diff: { path: string; before: unknown; after: unknown }[];
  awaiting: string[];
}

describeInBrowser('draft amendments, walked through', () => {
  let server: TestServer;
  let browser: TestBrowser;
  let url = '';
  let owner = '';

  beforeAll(async () => {
    server = await startTestServer();
    url = server.url;
    const first = server.users[0];
    if (first === undefined) throw new Error('the server made no users');
    owner = first.email;
    browser = await launchBrowser();
    browser.page.setDefaultTimeout(30_000);
    const { page } = browser;
    await signIn(page, url, first);
    await apiCall(page, url, 'PUT', `${WS}/spec`, {
      data: await readFile(DEMO, 'utf8'),
      type: 'application/yaml',
    });
    await apiCall(page, url, 'POST', `${WS}/agreements`, json(labAgreement));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const amendments = async () =>
    (await apiCall(browser.page, url, 'GET', `${WS}/agreements/lab-rnd/amendments`)) as Amendment[];

  it('a review decides "renegotiate" and links the draft it opened', async () => {
    const { page } = browser;
    await page.goto(`${url}/w/demo/partners/${LAB}?tab=reviews`);
    const wizard = page.getByTestId('review-wizard');
    const next = () =>
      wizard.getByRole('button', { name: en['screen.partners.review.next'] }).click();
    await page.getByRole('button', { name: en['screen.partners.review.new'] }).click();
    // Plan and actual are in the workspace's value unit, said by the fields as the cards say it.
    expect(await wizard.getByTestId('review-unit').textContent()).toBe(
      fill(en['screen.planActual.inUnit'], { unit: 'USD k' }),
    );
    await wizard.getByLabel(en['screen.partners.review.periodStart']).fill('2026-01-01');
    await wizard.getByLabel(en['screen.partners.review.periodEnd']).fill('2026-06-30');
    await wizard.getByLabel(en['screen.partners.review.actualCost']).fill('300');
    await wizard.getByLabel(en['screen.partners.review.actualReturn']).fill('100');
    await wizard
      .getByLabel(en['screen.partners.review.actualReason'])
      .fill('the lab’s invoices are not in the ledger yet');
    await next();
    await next();
    await next();
    await next();
    await wizard.getByRole('button', { name: en['screen.partners.review.suggest'] }).click();
    await wizard
      .getByRole('radio', { name: en['screen.partners.review.decision.renegotiate'] })
      .check();
    await wizard
      .getByLabel(en['screen.partners.review.reasons'])
      .fill('The milestone no longer pays for the lab’s work');
    await wizard.getByRole('button', { name: en['screen.partners.review.save'] }).click();
    const rows = page.getByTestId('review-table').locator('.ant-table-row');
    await poll(() => rows.count()).toBe(1);
    expect(await amendments()).toEqual([
      expect.objectContaining({ version: 2, status: 'draft', diff: [] }),
    ]);

    await page.getByTestId('review-table').locator('.ant-table-row-expand-icon').first().click();
    const link = page.getByRole('link', {
      name: fill(en['screen.drafts.reviewOpened'], { agreement: 'lab-rnd', version: 2 }),
    });
    expect(await axeViolations(page)).toEqual([]);
    await link.click();
    await page.waitForURL((u) => u.pathname.endsWith('/agreements/lab-rnd'));
  }, 120_000);

  it('shows the draft with who opened it and why, and edits it with a live diff', async () => {
    const { page } = browser;
    const card = page.getByTestId('amendment-2');
    await poll(() => card.textContent()).toContain(en['screen.drafts.status']);
    const origin = (await card.getByTestId('draft-origin').textContent()) ?? '';
    expect(origin).toContain(owner);
    expect(origin).toContain(en['screen.partners.review.decision.renegotiate']);
    expect(
      await card.getByRole('link', { name: en['screen.drafts.openReview'] }).getAttribute('href'),
    ).toBe(`/w/demo/partners/${LAB}?tab=reviews`);
    expect(await card.textContent()).toContain(en['screen.drafts.unchanged']);
    // Nothing to propose while the draft changes nothing.
    expect(await card.getByRole('button', { name: en['screen.drafts.propose'] }).isDisabled()).toBe(
      true,
    );
    expect(await axeViolations(page)).toEqual([]);

    await card.getByRole('button', { name: en['screen.drafts.edit'] }).click();
    const editor = page.getByTestId('draft-editor');
    // The id and parties stay: an amendment amends the same agreement.
    expect(await editor.getByLabel(en['screen.agreements.form.id']).isDisabled()).toBe(true);
    await editor.getByTestId('term-1').getByLabel(en['screen.agreements.form.amount']).fill('250');
    await editor.getByLabel(en['screen.seat.amendments.effective']).fill('2027-01-01');
    const diff = editor.getByTestId('draft-diff');
    await poll(() => diff.textContent()).toBe(
      `${en['screen.seat.amendments.path']}${en['screen.seat.amendments.before']}${en['screen.seat.amendments.after']}terms[1].milestone.amount100250`,
    );
    expect(await axeViolations(page)).toEqual([]);
    await browser.screenshot('amendment-draft-editor');
  }, 120_000);

  it('refuses a negative write-off at its field, in English and in 简体中文', async () => {
    const { page } = browser;
    // The refusals below are the server's 422s, on purpose.
    browser.allowConsoleErrors(/status of 422/);
    const editor = page.getByTestId('draft-editor');
    const writeOff = editor.getByLabel(en['screen.agreements.form.writeOff']);
    await writeOff.fill('-100');
    await editor.getByRole('button', { name: en['screen.drafts.save'] }).click();
    // `has` is looked for inside each form item, so it names the field from there.
    const fieldError = editor.locator('.ant-form-item-has-error', {
      has: page.getByLabel(en['screen.agreements.form.writeOff']),
    });
    await poll(() => fieldError.textContent()).toContain('is -100 but cannot be negative');
    const summary = editor.getByRole('alert');
    await poll(() => summary.textContent()).toContain('exit.writeOff');
    // Nothing was written: the draft still changes nothing.
    expect((await amendments())[0]).toMatchObject({ status: 'draft', diff: [] });

    await choose(page, en['language.label'], '简体中文');
    await editor.getByRole('button', { name: zhCN['screen.drafts.save'] }).click();
    const zhError = editor.locator('.ant-form-item-has-error', {
      has: page.getByLabel(zhCN['screen.agreements.form.writeOff']),
    });
    await poll(() => zhError.textContent()).toContain('当前为 -100，但必须 ≥ 0');
    expect(untranslated(await visibleTexts(page))).toEqual([]);
    // The language menu's list may still be closing: axe reads what is on screen.
    await closeDropdowns(page);
    expect(await axeViolations(page)).toEqual([]);
    await browser.screenshot('amendment-draft-error-zh');
  }, 120_000);

  it('saves the draft, proposes it, and the accept flow shows it proposed', async () => {
    const { page } = browser;
    const editor = page.getByTestId('draft-editor');
    await editor.getByLabel(zhCN['screen.agreements.form.writeOff']).fill('100');
    await editor.getByRole('button', { name: zhCN['screen.drafts.save'] }).click();
    await poll(() => editor.count()).toBe(0);
    const saved = (await amendments())[0];
    expect(saved).toMatchObject({ version: 2, status: 'draft', effectiveFrom: '2027-01-01' });
    expect(saved?.diff).toEqual([
      { path: 'exit', before: null, after: { writeOff: 100 } },
      { path: 'terms[1].milestone.amount', before: 100, after: 250 },
    ]);
    const card = page.getByTestId('amendment-2');
    await poll(() => card.textContent()).toContain('terms[1].milestone.amount');

    await card.getByRole('button', { name: zhCN['screen.drafts.propose'] }).click();
    await poll(() => card.textContent()).toContain(zhCN['screen.seat.amendments.proposed']);
    expect(await card.getByRole('button').count()).toBe(2);
    expect(await card.textContent()).toContain(
      fill(zhCN['screen.seat.amendments.accept'], { party: 'Northlake University AI Lab' }),
    );
    expect((await amendments())[0]).toMatchObject({
      status: 'proposed',
      effectiveFrom: '2027-01-01',
      awaiting: ['us', LAB],
    });
    expect(untranslated(await visibleTexts(page))).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await browser.screenshot('amendment-draft-proposed-zh');
    browser.expectNoConsoleErrors();
  }, 120_000);
});
