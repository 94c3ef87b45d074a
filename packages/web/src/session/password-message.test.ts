import { describe, expect, it } from 'vitest';
import { problemMessage, toApiError } from '../api/api-error';
import { createTranslator } from '../i18n/translator';
import { passwordMessage } from './password-message';

describe('passwordMessage', () => {
  const problem = (code: string) =>
    toApiError(422, {
      type: 'urn:partnerfolio:problem:unprocessable',
      title: 'The data is not valid',
      status: 422,
      detail: 'the password is one of the most common passwords',
      code: 'unprocessable',
      errors: [{ path: 'password', message: 'x', location: 'body', code }],
    });

  it('translates the server’s password codes in both languages', () => {
    expect(passwordMessage(problem('password_common'), createTranslator('en'))).toBe(
      'This is one of the most common passwords. Choose another.',
    );
    expect(passwordMessage(problem('password_too_short'), createTranslator('zh-CN'))).toBe(
      '请至少使用 12 个字符。',
    );
  });

  it('falls back to the problem’s own message for anything else', () => {
    const error = problem('too_small');
    expect(passwordMessage(error, createTranslator('en'))).toBe(
      problemMessage(error, createTranslator('en')),
    );
    expect(passwordMessage(error, createTranslator('en'))).toMatch(/^The data is not valid/);
  });
});
