import { fail, ok, type Result } from '../util/issues.js';

/** `data@medical` → `{ capability: 'data', domain: 'medical' }`; `data` → any domain. */
export function parseNeedText(text: string): Result<{ capability: string; domain?: string }> {
  const at = text.indexOf('@');
  const capability = (at < 0 ? text : text.slice(0, at)).trim();
  const domain = at < 0 ? undefined : text.slice(at + 1).trim();
  if (capability === '' || domain === '' || (domain ?? '').includes('@')) {
    return fail([
      {
        code: 'invalid_need',
        path: ['need'],
        message: `"${text}" is not a need; write CAPABILITY or CAPABILITY@DOMAIN, e.g. data@medical`,
      },
    ]);
  }
  return ok(domain === undefined ? { capability } : { capability, domain });
}
