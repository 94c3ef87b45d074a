/**
 * Running partnerships in a real browser against a real server with the demo portfolio:
 * a joint R&D agreement made in the form (the server's problems shown at their fields,
 * then fixed), activated; revenue, a correction and a kept milestone on its ledger; the
 * first quarter settled and checked against figures computed by hand; an obligation
 * broken and the partner's trust falling; two reviews, the second suggesting exit, and
 * the exit plan carried to `exited`; the Shapley split of a three-party consortium; the
 * review rules; the dashboard's reminders; 简体中文 and the dark theme. No console errors.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { renderEnglish } from '../src/engine';
import { en } from '../src/i18n/en';
import { zhCN } from '../src/i18n/zh-CN';
import { apiCall, closeDropdowns, fill, pickOption } from './harness/antd-steps';
import { axeViolations } from './harness/axe';
import { launchBrowser, type TestBrowser } from './harness/browser';
import { describeInBrowser } from './harness/chromium';
import { startTestServer, type TestServer } from './harness/server-process';
import { choose, signIn } from './harness/shell-steps';
import { untranslated, visibleTexts } from './harness/visible-text';

const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 30_000 });
const DEMO = fileURLToPath(new URL('../../../examples/demo.yaml', import.meta.url));
const LAB = { key: 'northlake-ai-lab', name: 'Northlake University AI Lab' };
const GPU = { key: 'nimbus-gpu-cloud', name: 'Nimbus GPU Cloud' };
const US = en['screen.agreements.us'];
const euro = new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR' });
const two = new Intl.NumberFormat('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const forParty = (field: string, party: string) =>
  fill(en['screen.agreements.form.forParty'], { field, party });
const today = new Date().toISOString().slice(0, 10);
const daysFromToday = (days: number) =>
  new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describeInBrowser('running partnerships', () => {
  let server: TestServer;
  let browser: TestBrowser;
  let url: string;
  const api = (method: 'GET' | 'POST' | 'PUT' | 'PATCH', path: string, data?: unknown) =>
    apiCall(
      browser.page,
      url,
      method,
      `/api/workspaces/demo${path}`,
      data === undefined ? undefined : { data: JSON.stringify(data), type: 'application/json' },
    );

  /** Moves a demo partner from candidate to active (negotiating first), through the API. */
  async function activate(key: string) {
    for (const to of ['negotiating', 'active']) {
      const partner = (await api('GET', `/partners/${key}`)) as { version: number };
      await api('POST', `/partners/${key}/status`, { to, version: partner.version });
    }
  }

  /** Waits for Ant Design's enter animations to end (axe measures colours mid-fade otherwise). */
  const settled = (page: Page) =>
    poll(() => page.locator('[class*="-appear"], [class*="-enter"]').count()).toBe(0);
  const accessible = async (page: Page) => {
    await poll(() => page.locator('.ant-select-dropdown:visible').count()).toBe(0);
    await settled(page);
    expect(await axeViolations(page)).toEqual([]);
  };

  /** Clicks a tab of the page by its name. */
  const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true }).click();

  beforeAll(async () => {
    server = await startTestServer();
    url = server.url;
    const owner = server.users[0];
    if (owner === undefined) throw new Error('the server made no users');
    browser = await launchBrowser();
    browser.page.setDefaultTimeout(30_000);
    await signIn(browser.page, url, owner);
    await apiCall(browser.page, url, 'PUT', '/api/workspaces/demo/spec', {
      data: await readFile(DEMO, 'utf8'),
      type: 'application/yaml',
    });
    await activate(LAB.key);
    await activate(GPU.key);
  }, 120_000);

  // A failing step leaves a picture of the page behind, to see why.
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail')
      await browser?.screenshot(`failed-${context.task.name.slice(0, 40)}`);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('creates a joint R&D agreement, showing the server’s problems at their fields', async () => {
    const { page } = browser;
    await page.goto(`${url}/w/demo/agreements`);
    await poll(() => page.getByText(en['screen.agreements.emptyTitle']).count()).toBe(1);
    await page.getByRole('link', { name: en['screen.agreements.new'] }).first().click();
    await page.waitForURL(`${url}/w/demo/agreements/new`);

    await page.getByLabel(en['screen.agreements.form.id']).fill('jrd-2026');
    await page
      .getByLabel(en['screen.agreements.form.title'], { exact: true })
      .fill('Efficient fine-tuning');
    await pickOption(page, en['screen.agreements.form.partners'], LAB.name, { search: true });
    await closeDropdowns(page);
    await pickOption(page, en['screen.agreements.form.partners'], GPU.name, { search: true });
    await closeDropdowns(page);
    await page.getByLabel(en['screen.agreements.form.start']).fill('2026-01-01');
    await page.getByLabel(en['screen.agreements.form.end']).fill('2028-12-31');
    await page.getByLabel(en['screen.agreements.form.noticeDays']).fill('90');
    await page.getByLabel(en['screen.agreements.form.currency']).fill('EUR');
    const foreground = en['screen.agreements.form.foreground'];
    await page.getByLabel(forParty(foreground, US)).fill('60%');
    // A mistake the server finds: 60% + 0.5 is more than the whole.
    await page.getByLabel(forParty(foreground, LAB.name)).fill('0.5');
    await page
      .getByLabel(en['screen.agreements.form.publication'])
      .fill('After a 60-day review by us');

    await page.getByRole('button', { name: en['screen.agreements.form.add.revenueShare'] }).click();
    await page.getByLabel(en['screen.agreements.form.source']).fill('product-x');
    const tier = (n: number) => fill(en['screen.agreements.form.tier'], { n });
    await page.getByLabel(`${tier(1)}: ${en['screen.agreements.form.upTo']}`).fill('1000000');
    const shares = (n: number) => `${tier(n)}: ${en['screen.agreements.form.tierShares']}`;
    await page.getByLabel(forParty(shares(1), LAB.name)).fill('10%');
    await page.getByRole('button', { name: en['screen.agreements.form.addTier'] }).click();
    // Another mistake: the second tier's top is below the first's.
    await page.getByLabel(`${tier(2)}: ${en['screen.agreements.form.upTo']}`).fill('500000');
    await page.getByLabel(forParty(shares(2), LAB.name)).fill('5%');
    await page.getByLabel(forParty(en['screen.agreements.form.cap'], LAB.name)).fill('80000');

    await page.getByRole('button', { name: en['screen.agreements.form.add.milestone'] }).click();
    await page.getByLabel(en['screen.agreements.form.milestoneId']).fill('m1');
    await pickOption(page, en['screen.agreements.form.payer'], GPU.name);
    await pickOption(page, en['screen.agreements.form.payee'], LAB.name);
    await page.getByLabel(en['screen.agreements.form.amount'], { exact: true }).fill('50000');
    await page.getByRole('radio', { name: en['screen.agreements.form.exitDataDelete'] }).check();

    browser.allowConsoleErrors(/status of 422/);
    await page.getByRole('button', { name: en['screen.agreements.form.submit'] }).click();
    const summary = page
      .getByRole('alert')
      .filter({ hasText: en['screen.agreements.form.problems'] });
    await poll(() => summary.textContent()).toContain('terms[0].revenueShare.tiers[1].upTo');
    expect(await summary.textContent()).toContain('ip.foreground');
    // Each problem also stands next to its field.
    const upTo = page.getByTestId('tier-1');
    expect(await upTo.textContent()).toContain("must be above the previous tier's 1000000");
    expect(await page.getByText(/the ownership shares add up to 1\.1/).count()).toBeGreaterThan(1);
    await accessible(page);
    await browser.screenshot('agreement-form-problems');

    await page.getByLabel(forParty(foreground, LAB.name)).fill('0.4');
    await page.getByLabel(`${tier(2)}: ${en['screen.agreements.form.upTo']}`).fill('');
    await page.getByRole('button', { name: en['screen.agreements.form.submit'] }).click();
    await page.waitForURL(`${url}/w/demo/agreements/jrd-2026`);
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Efficient fine-tuning',
    );
    expect(await page.getByTestId('agreement-status').textContent()).toBe(
      en['screen.agreements.status.draft'],
    );
    const terms = page.getByTestId('terms-summary');
    await poll(() => terms.textContent()).toContain(
      fill(en['screen.agreements.terms.tierLine'], {
        band: fill(en['screen.agreements.terms.band'], {
          from: euro.format(0),
          to: euro.format(1_000_000),
        }),
        shares: fill(en['screen.agreements.terms.partyShare'], { party: LAB.name, share: '10%' }),
      }),
    );

    await page.getByRole('button', { name: en['screen.agreements.move.active'] }).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: en['screen.agreements.move.active'] })
      .click();
    await poll(() => page.getByTestId('agreement-status').textContent()).toBe(
      en['screen.agreements.status.active'],
    );
    await accessible(page);
    await browser.screenshot('agreement-terms');
    browser.expectNoConsoleErrors();
  }, 120_000);
  it('records revenue, a correction and a kept milestone, and settles 2026 Q1 as computed by hand', async () => {
    const { page } = browser;
    // Revenue: 600,000.00 on product-x, and 50,000.00 recorded by mistake, then corrected.
    await tab(page, en['screen.agreements.tab.ledger']);
    await poll(() => page.getByTestId('chain-state').textContent()).toContain('intact');
    const record = async (date: string, amount: string, ref: string) => {
      await page.getByRole('button', { name: en['screen.agreements.ledger.record'] }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel(en['screen.agreements.ledger.date']).fill(date);
      await pickOption(page, en['screen.agreements.form.source'], 'product-x', { scope: dialog });
      await dialog.getByLabel(en['screen.agreements.form.amount']).fill(amount);
      await dialog.getByLabel(en['screen.agreements.ledger.ref'], { exact: true }).fill(ref);
      await dialog
        .getByRole('button', { name: en['screen.agreements.ledger.recordSubmit'] })
        .click();
      await poll(() => page.getByRole('dialog').count()).toBe(0);
    };
    await record('2026-02-01', '600000', 'inv-001');
    await record('2026-03-05', '50000', 'inv-002');
    const rows = page.getByTestId('ledger-table').locator('.ant-table-row');
    await poll(() => rows.count()).toBe(2);
    await page
      .getByRole('button', { name: fill(en['screen.agreements.ledger.correctEntry'], { seq: 2 }) })
      .click();
    const correction = page.getByRole('dialog');
    expect(await correction.getByLabel(en['screen.agreements.form.amount']).inputValue()).toBe(
      '-50000',
    );
    expect(await correction.getByLabel(en['screen.agreements.ledger.corrects']).inputValue()).toBe(
      'inv-002',
    );
    await correction.getByLabel(en['screen.agreements.ledger.date']).fill('2026-03-06');
    await correction.getByLabel(en['screen.agreements.ledger.note']).fill('invoice sent twice');
    await correction
      .getByRole('button', { name: en['screen.agreements.ledger.recordSubmit'] })
      .click();
    await poll(() => rows.count()).toBe(3);
    expect(await rows.nth(2).textContent()).toContain('corrects inv-002');

    // The milestone m1, as an obligation of the lab, kept on 2026-03-20: the ledger records it.
    await tab(page, en['screen.agreements.tab.obligations']);
    await page.getByRole('button', { name: en['screen.agreements.obligations.add'] }).click();
    let dialog = page.getByRole('dialog');
    await dialog
      .getByRole('radio', { name: en['screen.agreements.obligations.kindMilestone'] })
      .check();
    await dialog
      .getByLabel(en['screen.agreements.obligations.title'])
      .fill('First benchmark results');
    await pickOption(page, en['screen.agreements.obligations.owner'], LAB.name, { scope: dialog });
    await dialog.getByLabel(en['screen.agreements.obligations.due']).fill('2026-03-31');
    await pickOption(
      page,
      en['screen.agreements.obligations.milestoneTerm'],
      fill(en['screen.agreements.obligations.milestoneOption'], {
        id: 'm1',
        payer: GPU.name,
        payee: LAB.name,
      }),
      { scope: dialog },
    );
    await dialog
      .getByRole('button', { name: en['screen.agreements.obligations.addSubmit'] })
      .click();
    const obligations = page.getByTestId('obligation-table').locator('.ant-table-row');
    await poll(() => obligations.count()).toBe(1);
    await page
      .getByRole('button', {
        name: fill(en['screen.agreements.obligations.recordFor'], {
          title: 'First benchmark results',
        }),
      })
      .click();
    dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: en['screen.agreements.obligationState.kept'] }).check();
    await dialog.getByLabel(en['screen.agreements.obligations.resolvedAt']).fill('2026-03-20');
    await dialog
      .getByRole('button', { name: en['screen.agreements.obligations.recordSubmit'] })
      .click();
    await poll(() => obligations.first().getByTestId('obligation-state').textContent()).toBe(
      en['screen.agreements.obligationState.kept'],
    );
    await tab(page, en['screen.agreements.tab.ledger']);
    await poll(() => rows.count()).toBe(5);
    expect(await rows.nth(4).textContent()).toContain(
      fill(en['screen.agreements.event.milestone'], { id: 'm1' }),
    );

    // 2026 Q1 by hand: R = 600,000 + 50,000 − 50,000 = 600,000, all in tier 1 (up to
    // 1,000,000): the lab gets 10% = 60,000.00 (below its 80,000 cap), which we (the
    // collector) pay; m1 reached on 2026-03-20: Nimbus pays the lab 50,000.00.
    // Balances: us −60,000.00, lab +110,000.00, Nimbus −50,000.00 (sum 0). Transfers: the
    // largest debtor (us) pays the largest creditor (the lab) 60,000.00, then Nimbus 50,000.00.
    await tab(page, en['screen.agreements.tab.settlement']);
    await pickOption(
      page,
      en['screen.agreements.settle.quarter'],
      fill(en['screen.agreements.settle.quarterLabel'], { year: '2026', quarter: 1 }),
    );
    expect(await page.getByLabel(en['screen.agreements.settle.from']).inputValue()).toBe(
      '2026-01-01',
    );
    expect(await page.getByLabel(en['screen.agreements.settle.to']).inputValue()).toBe(
      '2026-03-31',
    );
    await page.getByRole('button', { name: en['screen.agreements.settle.run'] }).click();
    const balances = page.getByTestId('settlement-balances').locator('.ant-table-row');
    await poll(() => balances.count()).toBe(3);
    expect(await balances.allTextContents()).toEqual([
      `${US}${euro.format(-60_000)}`,
      `${LAB.name}${euro.format(110_000)}`,
      `${GPU.name}${euro.format(-50_000)}`,
    ]);
    expect(await page.getByTestId('settlement-transfers').locator('li').allTextContents()).toEqual([
      fill(en['screen.agreements.settle.transfer'], {
        from: US,
        to: LAB.name,
        amount: euro.format(60_000),
      }),
      fill(en['screen.agreements.settle.transfer'], {
        from: GPU.name,
        to: LAB.name,
        amount: euro.format(50_000),
      }),
    ]);
    const lines = await page
      .getByTestId('settlement-lines')
      .locator('.ant-table-row')
      .allTextContents();
    expect(lines).toHaveLength(4);
    expect(lines[0]).toContain(`${LAB.name}${euro.format(60_000)}`);
    expect(lines[0]).toContain(
      `10% × ${two.format(600_000)} (tier 0 – 1,000,000) = ${two.format(60_000)}`,
    );
    expect(lines[2]).toContain('milestone m1 reached on 2026-03-20');
    expect(await page.getByTestId('settlement-period').textContent()).toContain(': 4.');
    await accessible(page);
    await browser.screenshot('agreement-settlement');
    browser.expectNoConsoleErrors();
  }, 120_000);
  it('marks an obligation broken, and the partner’s trust falls', async () => {
    const { page } = browser;
    await tab(page, en['screen.agreements.tab.obligations']);
    await page.getByRole('button', { name: en['screen.agreements.obligations.add'] }).click();
    const dialog = page.getByRole('dialog');
    await dialog
      .getByLabel(en['screen.agreements.obligations.title'])
      .fill('Monthly GPU capacity report');
    await pickOption(page, en['screen.agreements.obligations.owner'], GPU.name, { scope: dialog });
    await dialog.getByLabel(en['screen.agreements.obligations.due']).fill('2026-06-30');
    await dialog
      .getByRole('button', { name: en['screen.agreements.obligations.addSubmit'] })
      .click();
    const report = page
      .getByTestId('obligation-table')
      .locator('.ant-table-row')
      .filter({ hasText: 'Monthly GPU capacity report' });
    // Due on 2026-06-30 and still open: overdue, and said so.
    const overdue = Math.round(
      (Date.parse(`${today}T00:00:00Z`) - Date.parse('2026-06-30T00:00:00Z')) / 86_400_000,
    );
    await poll(() => report.textContent()).toContain(
      fill(en['screen.agreements.obligations.overdue'], { days: overdue }),
    );
    expect(
      await page
        .getByText(fill(en['screen.agreements.obligations.overdueAlert'], { count: 1 }))
        .count(),
    ).toBe(1);
    await browser.screenshot('agreement-obligations');

    const trustOf = async () => {
      await page.goto(`${url}/w/demo/partners/${GPU.key}`);
      await tab(page, en['screen.partners.page.tabPartnership']);
      const score = page.getByTestId('trust-score');
      await poll(() => score.count()).toBe(1);
      return (await score.textContent()) ?? '';
    };
    // No obligation kept or broken yet: trust starts at 0.5.
    expect(await trustOf()).toContain('0.50');
    expect(await page.getByTestId('partner-agreements').textContent()).toContain('jrd-2026');

    await page.goto(`${url}/w/demo/agreements/jrd-2026`);
    await tab(page, en['screen.agreements.tab.obligations']);
    await page
      .getByRole('button', {
        name: fill(en['screen.agreements.obligations.recordFor'], {
          title: 'Monthly GPU capacity report',
        }),
      })
      .click();
    const outcome = page.getByRole('dialog');
    await outcome
      .getByRole('radio', { name: en['screen.agreements.obligationState.broken'] })
      .check();
    await outcome
      .getByRole('button', { name: en['screen.agreements.obligations.recordSubmit'] })
      .click();
    // Evidence is needed to call it broken.
    await poll(() =>
      outcome.getByText(en['screen.agreements.obligations.evidenceRequired']).count(),
    ).toBe(1);
    await outcome
      .getByLabel(en['screen.agreements.obligations.evidence'])
      .fill('No report for June; reminders of 2 and 9 July unanswered');
    await outcome
      .getByRole('button', { name: en['screen.agreements.obligations.recordSubmit'] })
      .click();
    await poll(() => report.getByTestId('obligation-state').textContent()).toBe(
      en['screen.agreements.obligationState.broken'],
    );

    // One broken, nothing kept: (0 + 1) / (0 + 1 + 2) = 1/3.
    expect(await trustOf()).toContain('0.33');
    expect(await page.getByTestId('trust-direction').textContent()).toContain(
      en['screen.partners.trust.direction.falling'],
    );
    await poll(() => page.getByTestId('trust-chart').locator('canvas').count()).toBe(1);
    await accessible(page);
    await browser.screenshot('partner-trust');
    browser.expectNoConsoleErrors();
  }, 120_000);

  it('runs two reviews, the second suggesting exit, and carries the exit plan to exited', async () => {
    const { page } = browser;
    await tab(page, en['screen.partners.page.tabReviews']);
    const wizard = page.getByTestId('review-wizard');
    const next = () =>
      wizard.getByRole('button', { name: en['screen.partners.review.next'] }).click();
    const review = async (year: number, fillSteps: () => Promise<void>) => {
      await page.getByRole('button', { name: en['screen.partners.review.new'] }).click();
      await wizard.getByLabel(en['screen.partners.review.periodStart']).fill(`${year}-01-01`);
      await wizard.getByLabel(en['screen.partners.review.periodEnd']).fill(`${year}-12-31`);
      // The plan is the partner's expected cost (240) and return (230 + 300 + 380) / 3.
      expect(await wizard.getByLabel(en['screen.partners.review.planCost']).inputValue()).toBe(
        '240',
      );
      await wizard.getByLabel(en['screen.partners.review.actualCost']).fill('300');
      await wizard.getByLabel(en['screen.partners.review.actualReturn']).fill('200');
      // Typed actuals override the ledger's settlement lines, only with a reason.
      await wizard
        .getByLabel(en['screen.partners.review.actualReason'])
        .fill('the partner’s capacity report, before its invoices reach the ledger');
      await poll(() => wizard.getByTestId('review-net').textContent()).toContain('-100');
      await fillSteps();
    };

    // Last year: net −100 against a planned 63.33; trust then had no record: "adjust".
    const year = Number(today.slice(0, 4));
    await review(year - 1, async () => {
      await next();
      await next();
      await next();
      await wizard
        .getByLabel(en['screen.partners.review.issues'])
        .fill('Capacity reports arrive late');
      await next();
      await wizard.getByRole('button', { name: en['screen.partners.review.suggest'] }).click();
      await poll(() => wizard.getByTestId('suggested-decision').textContent()).toBe(
        en['screen.partners.review.decision.adjust'],
      );
      await wizard
        .getByLabel(en['screen.partners.review.reasons'])
        .fill('Costs above plan: agreed a cost plan');
      await wizard.getByRole('button', { name: en['screen.partners.review.save'] }).click();
    });
    const reviews = page.getByTestId('review-table').locator('.ant-table-row');
    await poll(() => reviews.count()).toBe(1);

    // This year (its end is after the broken obligation, so trust counts it): net below
    // plan again, and trust 0.33 < 0.5: the default rule suggests exit.
    await review(year, async () => {
      await next();
      await wizard.getByLabel('Technical strength').fill('4');
      await next();
      const respondent = (n: number, field: string) =>
        wizard.getByLabel(`${fill(en['screen.partners.review.respondentN'], { n })}: ${field}`, {
          exact: true,
        });
      const scores = async (n: number, values: readonly number[]) => {
        for (const [i, d] of (
          ['strategy', 'operations', 'relationship', 'governance'] as const
        ).entries()) {
          const value = values[i];
          if (value !== undefined)
            await respondent(n, en[`screen.partners.review.dimension.${d}`]).fill(String(value));
        }
      };
      await respondent(1, en['screen.partners.review.respondent']).fill('Ada');
      await scores(1, [4, 3, 2, 3]);
      await respondent(2, en['screen.partners.review.respondent']).fill('Lee (Nimbus)');
      await scores(2, [4, 4, 4, 4]);
      await wizard
        .getByRole('button', { name: en['screen.partners.review.addRespondent'] })
        .click();
      await respondent(3, en['screen.partners.review.respondent']).fill('Grace');
      await respondent(3, en['screen.partners.review.dimension.relationship']).fill('2');
      // The sides compared: on relationship we say 2 (2 and 2), they say 4: a gap of 2.
      const relationship = wizard.getByTestId('health-compare').locator('.ant-table-row').nth(2);
      await poll(() => relationship.textContent()).toBe(
        `${en['screen.partners.review.dimension.relationship']}242`,
      );
      await next();
      await wizard
        .getByLabel(en['screen.partners.review.issues'])
        .fill('The June capacity report never came');
      await wizard
        .getByLabel(en['screen.partners.review.improvements'])
        .fill('A monthly capacity call');
      await next();
      await wizard.getByRole('button', { name: en['screen.partners.review.suggest'] }).click();
      await poll(() => wizard.getByTestId('suggested-decision').textContent()).toBe(
        en['screen.partners.review.decision.exit'],
      );
      const fired = (await wizard.getByTestId('fired-rules').textContent()) ?? '';
      expect(fired).toContain('exit-net-below-plan-low-trust');
      expect(fired).toContain('trust 0.33');
      expect(fired).toContain('renegotiate-health-gap');
      expect(
        await wizard
          .getByRole('radio', { name: en['screen.partners.review.decision.exit'] })
          .isChecked(),
      ).toBe(true);
      await wizard
        .getByLabel(en['screen.partners.review.reasons'])
        .fill('Net below plan two years running, and a broken obligation');
      await wizard.getByLabel(en['screen.partners.review.exitOwner']).fill('ada@example.org');
      await accessible(page);
      await browser.screenshot('review-suggests-exit');
      await wizard.getByRole('button', { name: en['screen.partners.review.save'] }).click();
    });
    await poll(() => reviews.count()).toBe(2);
    const status = page.getByTestId('partner-status');
    await poll(() => status.textContent()).toBe(
      fill(en['screen.partners.statusCurrent'], { status: en['screen.partners.status.exiting'] }),
    );

    // The exit plan: five steps, each done with an owner and evidence; then "Mark exited".
    await tab(page, en['screen.partners.page.tabPartnership']);
    const plan = page.getByTestId('exit-plan');
    const exited = plan.getByRole('button', { name: en['screen.partners.exit.markExited'] });
    await poll(() => exited.isDisabled()).toBe(true);
    const steps = [
      'notice-sent',
      'ip-settled',
      'data-returned-or-deleted',
      'final-settlement',
      'announcement',
    ] as const;
    for (const [i, step] of steps.entries()) {
      const title = renderEnglish({ code: `exit.step.${step}`, params: {} });
      await plan
        .getByRole('button', { name: fill(en['screen.partners.exit.editStep'], { step: title }) })
        .click();
      const dialog = page.getByRole('dialog');
      expect(await dialog.getByLabel(en['screen.partners.exit.owner']).inputValue()).toBe(
        'ada@example.org',
      );
      await dialog
        .getByLabel(en['screen.partners.exit.evidence'])
        .fill(`Evidence ${i + 1} in the exit folder`);
      await dialog.getByRole('switch', { name: en['screen.partners.exit.markDone'] }).click();
      await dialog.getByRole('button', { name: en['common.save'] }).click();
      await poll(() => page.getByRole('dialog').count()).toBe(0);
      await poll(() => plan.getByRole('progressbar').getAttribute('aria-label')).toBe(
        fill(en['screen.partners.exit.progress'], { done: i + 1, total: 5 }),
      );
    }
    await poll(() => exited.isEnabled()).toBe(true);
    await accessible(page);
    await browser.screenshot('exit-plan-complete');
    await exited.click();
    await poll(() => status.textContent()).toBe(
      fill(en['screen.partners.statusCurrent'], { status: en['screen.partners.status.exited'] }),
    );
    await poll(() => plan.getByText(en['screen.partners.exit.isExited']).count()).toBe(1);
    browser.expectNoConsoleErrors();
  }, 180_000);
  it('computes the Shapley split of a three-party consortium and saves its coalition table', async () => {
    const { page } = browser;
    await page.goto(`${url}/w/demo/agreements/new`);
    await pickOption(
      page,
      en['screen.agreements.form.type'],
      en['screen.agreements.type.consortium'],
    );
    await page.getByLabel(en['screen.agreements.form.id']).fill('cons-2026');
    await page
      .getByLabel(en['screen.agreements.form.title'], { exact: true })
      .fill('Open evaluation consortium');
    await pickOption(page, en['screen.agreements.form.partners'], LAB.name, { search: true });
    await closeDropdowns(page);
    await pickOption(page, en['screen.agreements.form.partners'], GPU.name, { search: true });
    await closeDropdowns(page);
    await page.getByLabel(en['screen.agreements.form.start']).fill('2026-01-01');
    await page.getByLabel(en['screen.agreements.form.end']).fill('2027-12-31');
    await page.getByRole('button', { name: en['screen.agreements.form.submit'] }).click();
    await page.waitForURL(`${url}/w/demo/agreements/cons-2026`);
    await tab(page, en['screen.agreements.tab.fairShares']);

    // v(us) = v(lab) = v(gpu) = 0, v(us+lab) = 60, v(us+gpu) = 40, v(lab+gpu) = 20, v(all) = 90.
    // Shapley by hand, averaging marginal contributions over the 6 orders:
    // us (0+0+60+70+40+70)/6 = 40, lab (60+50+0+0+50+20)/6 = 30, gpu (30+40+30+20+0+0)/6 = 20.
    // The fixed split 80/10/10 gives 72, 9, 9: lab + gpu get 18 < v(lab+gpu) = 20, so it is
    // not in the core; Shapley (40, 30, 20) meets every group: in the core.
    const values: Record<string, number> = {
      [US]: 0,
      [LAB.name]: 0,
      [GPU.name]: 0,
      [`${US} + ${LAB.name}`]: 60,
      [`${US} + ${GPU.name}`]: 40,
      [`${LAB.name} + ${GPU.name}`]: 20,
      [`${US} + ${LAB.name} + ${GPU.name}`]: 90,
    };
    for (const [coalition, value] of Object.entries(values)) {
      await page
        .getByLabel(fill(en['screen.agreements.fair.valueOf'], { coalition }), { exact: true })
        .fill(String(value));
    }
    const split = (party: string) =>
      page.getByLabel(fill(en['screen.agreements.fair.splitOf'], { party }));
    await split(US).fill('80%');
    await split(LAB.name).fill('10%');
    await split(GPU.name).fill('10%');
    await page.getByRole('button', { name: en['screen.agreements.fair.compute'] }).click();
    const rows = page.getByTestId('fair-table').locator('.ant-table-row');
    await poll(() => rows.count()).toBe(3);
    expect(await rows.allTextContents()).toEqual([
      `${US}4044.44%80%7232`,
      `${LAB.name}3033.33%10%9-21`,
      `${GPU.name}2022.22%10%9-11`,
    ]);
    expect(await page.getByTestId('fair-total').textContent()).toBe('90');
    expect(await page.getByTestId('core-nonempty').textContent()).toBe(en['screen.agreements.yes']);
    expect(await page.getByTestId('core-shapley').textContent()).toBe(en['screen.agreements.yes']);
    expect(await page.getByTestId('core-fixed').textContent()).toBe(en['screen.agreements.no']);
    await poll(() => page.getByTestId('fair-chart').locator('canvas').count()).toBe(1);

    // The airport rule: needs of 10, 20 and 40: the first 10 split three ways, the next 10
    // between the two larger, the last 20 by the largest: 3.33, 3.33 + 5, 3.33 + 5 + 20.
    const cost = (party: string) =>
      page.getByLabel(fill(en['screen.agreements.airport.costOf'], { party }));
    await cost(US).fill('10');
    await cost(LAB.name).fill('20');
    await cost(GPU.name).fill('40');
    await page.getByRole('button', { name: en['screen.agreements.airport.run'] }).click();
    const airport = page.getByTestId('airport-table');
    await poll(() => airport.locator('.ant-table-row').allTextContents()).toEqual([
      `${US}3.33`,
      `${LAB.name}8.33`,
      `${GPU.name}28.33`,
    ]);
    expect(await airport.textContent()).toContain(
      fill(en['screen.agreements.airport.total'], { total: '40' }),
    );
    await accessible(page);
    await browser.screenshot('fair-shares');

    await page.getByRole('button', { name: en['screen.agreements.fair.save'] }).click();
    await poll(() => page.getByText(en['screen.agreements.fair.saved']).count()).toBe(1);
    await page.reload();
    await tab(page, en['screen.agreements.tab.fairShares']);
    const stored = page.getByLabel(
      fill(en['screen.agreements.fair.valueOf'], { coalition: `${US} + ${LAB.name}` }),
      {
        exact: true,
      },
    );
    await poll(() => stored.inputValue()).toBe('60');
    expect(await split(US).inputValue()).toBe('0.8');
    browser.expectNoConsoleErrors();
  }, 120_000);

  it('weights returns by trust in the portfolio’s optimisation and Monte Carlo', async () => {
    const { page } = browser;
    await page.goto(`${url}/w/demo/portfolio`);
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(
      en['nav.portfolio'],
    );
    const switches = page.getByRole('switch', { name: en['screen.portfolio.trustWeighted.label'] });
    await poll(() => switches.count()).toBe(2);
    await switches.first().click();
    await page.getByRole('button', { name: en['screen.portfolio.optimize.run'] }).click();
    await poll(() => page.getByText(en['screen.portfolio.trustWeighted.applied']).count()).toBe(1);

    // Northlake kept its milestone (trust 0.61): the server scales its return, and the
    // browser's run of the same seed, weighted the same way, draws the same samples.
    await switches.last().click();
    await page.getByLabel(en['screen.portfolio.simulate.seed']).fill('7');
    await page.getByRole('button', { name: en['screen.portfolio.simulate.run'] }).click();
    const stats = page.getByTestId('simulate-stats');
    await poll(() => stats.isVisible()).toBe(true);
    const weighted = (await api('POST', '/simulate', {
      scenarios: 100_000,
      seed: 7,
      trustWeighted: true,
    })) as {
      mean: number;
    };
    const plain = (await api('POST', '/simulate', { scenarios: 100_000, seed: 7 })) as {
      mean: number;
    };
    expect(weighted.mean).not.toBe(plain.mean);
    const format = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
    expect(await stats.textContent()).toContain(format.format(weighted.mean));
    await poll(() => page.getByTestId('simulate-agree').count()).toBe(1);
    await accessible(page);
    await browser.screenshot('portfolio-trust-weighted');
    browser.expectNoConsoleErrors();
  }, 120_000);

  it('keeps the review rules, and the dashboard shows what is due and the ledger’s state', async () => {
    const { page } = browser;
    await page.goto(`${url}/w/demo/review-settings`);
    await poll(() => page.getByTestId('rule-0').count()).toBe(1);
    expect(await page.locator('[data-testid^=rule-]').count()).toBe(5);
    // Northlake is reviewed every 6 months: counted from its agreement's start (2026-01-01),
    // its first review fell due on 2026-07-01.
    await page.getByRole('button', { name: en['screen.reviewSettings.addOverride'] }).click();
    await pickOption(page, en['screen.reviewSettings.partner'], LAB.name, { search: true });
    await page.getByRole('button', { name: en['screen.reviewSettings.save'] }).click();
    await poll(() => page.getByText(en['screen.reviewSettings.saved']).count()).toBe(1);
    const settings = (await api('GET', '/review-settings')) as {
      version: number;
      overrides: Record<string, unknown>;
    };
    expect(settings.version).toBe(1);
    expect(settings.overrides).toEqual({ [LAB.key]: { every: 6, unit: 'months' } });
    await accessible(page);
    await browser.screenshot('review-rules');

    // An obligation of the lab ten days overdue, another due in five days.
    const jrd = (await api('GET', '/agreements/jrd-2026')) as { id: string };
    await api('POST', `/agreements/${jrd.id}/obligations`, {
      title: 'Quarterly progress report',
      owner: LAB.key,
      dueDate: daysFromToday(-10),
    });
    await api('POST', `/agreements/${jrd.id}/obligations`, {
      title: 'Dataset hand-over',
      owner: LAB.key,
      dueDate: daysFromToday(5),
    });
    await page.goto(`${url}/w/demo/dashboard`);
    const obligations = page.getByTestId('ops-obligations');
    await poll(() => obligations.locator('li').count()).toBe(2);
    expect(await obligations.locator('li').allTextContents()).toEqual([
      expect.stringContaining(fill(en['screen.dashboard.ops.overdue'], { days: 10 })),
      expect.stringContaining(fill(en['screen.dashboard.ops.dueIn'], { days: 5 })),
    ]);
    expect(await obligations.textContent()).toContain('Quarterly progress report');
    const reviews = page.getByTestId('ops-reviews');
    expect(await reviews.textContent()).toContain(LAB.name);
    expect(await reviews.textContent()).toContain('overdue since Jul 1, 2026');
    const chain = (await api('GET', '/ledger/verify')) as { intact: boolean; entries: number };
    expect(chain.intact).toBe(true);
    expect(await page.getByTestId('ops-ledger').textContent()).toContain(
      fill(en['screen.dashboard.ops.ledgerIntact'], { entries: chain.entries }),
    );
    await accessible(page);
    await browser.screenshot('dashboard-operations');
    browser.expectNoConsoleErrors();
  }, 120_000);

  it('speaks 简体中文 and passes axe in the dark theme', async () => {
    const { page } = browser;
    await page.goto(`${url}/w/demo/agreements/jrd-2026`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await choose(page, en['language.label'], '简体中文');
    await poll(() =>
      page
        .getByRole('tab', { name: zhCN['screen.agreements.tab.settlement'], exact: true })
        .count(),
    ).toBe(1);
    // Data, not messages: names and titles. The server's explanations of each line come
    // as codes and are said in Chinese (checked after the settlement below).
    const data = new Set([
      LAB.name,
      GPU.name,
      'Efficient fine-tuning',
      'After a 60-day review by us',
    ]);
    const settlement = (await api('POST', '/agreements/jrd-2026/settle', {
      from: '2026-01-01',
      to: '2026-03-31',
    })) as { lines: { explain: string }[] };
    const english = async () =>
      untranslated((await visibleTexts(page)).filter((text) => !data.has(text)));
    for (const name of [
      'tab.terms',
      'tab.obligations',
      'tab.ledger',
      'tab.settlement',
      'tab.fairShares',
    ] as const) {
      await page.getByRole('tab', { name: zhCN[`screen.agreements.${name}`], exact: true }).click();
      await settled(page);
      expect(await english(), name).toEqual([]);
    }
    await page
      .getByRole('tab', { name: zhCN['screen.agreements.tab.settlement'], exact: true })
      .click();
    await pickOption(
      page,
      zhCN['screen.agreements.settle.quarter'],
      fill(zhCN['screen.agreements.settle.quarterLabel'], { year: '2026', quarter: 1 }),
    );
    await page.getByRole('button', { name: zhCN['screen.agreements.settle.run'] }).click();
    await poll(() =>
      page.getByTestId('settlement-balances').locator('.ant-table-row').count(),
    ).toBe(3);
    expect(await english()).toEqual([]);
    const shown = (
      await page.getByTestId('settlement-lines').locator('.ant-table-row').allTextContents()
    ).join('\n');
    expect(shown).toContain('里程碑 m1 于 2026-03-20 达成');
    for (const line of settlement.lines) expect(shown).not.toContain(line.explain);
    await browser.screenshot('agreement-settlement-zh');
    for (const path of ['agreements', 'review-settings', 'dashboard', `partners/${GPU.key}`]) {
      await page.goto(`${url}/w/demo/${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await settled(page);
      expect(await english(), path).toEqual([]);
    }
    await page.getByRole('tab', { name: zhCN['screen.partners.page.tabPartnership'] }).click();
    await poll(() => page.getByTestId('trust-score').count()).toBe(1);
    expect(await english()).toEqual([]);

    await choose(page, zhCN['theme.label'], zhCN['theme.dark']);
    await poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await accessible(page);
    await browser.screenshot('partner-partnership-dark-zh');
    await page.goto(`${url}/w/demo/agreements`);
    await poll(() => page.getByTestId('agreement-table').locator('.ant-table-row').count()).toBe(2);
    await accessible(page);
    await browser.screenshot('agreements-dark-zh');
    browser.expectNoConsoleErrors();
  }, 120_000);
});
