/**
 * Structured JSON logs (pino, through Fastify). Secrets never reach the log: cookies,
 * authorization headers, CSRF tokens, passwords and issued tokens are redacted wherever
 * they appear in a logged object.
 */
import type { LogLevel } from '../config.js';

export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  'password',
  '*.password',
  'token',
  '*.token',
  'csrfToken',
  '*.csrfToken',
];

export function loggerOptions(level: LogLevel) {
  return {
    level,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
  };
}
