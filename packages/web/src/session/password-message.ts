/**
 * The translated message of a refused password (the server's field error codes
 * `password_too_short`, `password_common`, ...), or the problem's message.
 */
import { isApiError, problemMessage } from '../api/api-error';
import type { Translator } from '../i18n/translator';

const KEYS = {
  password_too_short: 'password.password_too_short',
  password_too_long: 'password.password_too_long',
  password_common: 'password.password_common',
  password_repetitive: 'password.password_repetitive',
  password_is_email: 'password.password_is_email',
} as const;

const isCode = (code: string | undefined): code is keyof typeof KEYS =>
  code !== undefined && code in KEYS;

export function passwordMessage(error: unknown, i18n: Translator): string {
  const { t } = i18n;
  if (isApiError(error)) {
    const code = error.fieldErrors.map((f) => f.code).find(isCode);
    if (code !== undefined) return t(KEYS[code]);
  }
  return problemMessage(error, i18n);
}
