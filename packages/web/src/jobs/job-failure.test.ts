import { describe, expect, it } from 'vitest';
import { jobFailureMessage } from '../api/api-error';
import { createTranslator } from '../i18n/translator';
import { parseJobEvent } from './job-events';

const en = createTranslator('en');
const zh = createTranslator('zh-CN');

/** The failure of a `failed` event, as the server sends it. */
function failureOf(data: unknown) {
  const event = parseJobEvent('failed', JSON.stringify(data));
  if (event?.type !== 'failed') throw new Error('not a failure');
  return event.failure;
}

describe("a failed job's message", () => {
  const refused = failureOf({
    code: 'unprocessable',
    message: 'cannot optimize: the agreement ends (2026-01-01) before it starts (2026-12-31)',
    issues: [
      {
        path: 'agreements[0].end',
        message: 'the agreement ends (2026-01-01) before it starts (2026-12-31)',
        code: 'end_before_start',
        params: { start: '2026-12-31', end: '2026-01-01' },
      },
    ],
  });

  it("keeps the server's words in English", () => {
    expect(jobFailureMessage(refused, en)).toBe(refused.message);
  });

  it('is said in Chinese from its code and its issues’ values, never in English', () => {
    expect(jobFailureMessage(refused, zh)).toBe(
      '数据无效。 agreements[0].end：协议的结束日期（2026-01-01）早于开始日期（2026-12-31）',
    );
    const crashed = failureOf({ code: 'internal', message: 'the job failed on the server' });
    expect(jobFailureMessage(crashed, zh)).toBe(zh.t('problem.internal'));
    const unreadable = failureOf({ code: 'invalid_input', message: 'not an engine request' });
    expect(jobFailureMessage(unreadable, zh)).toBe('任务收到了无法读取的输入。');
  });
});
