/** Links inside the agreements screen, to a partner's page and to the risk register. */
import { workspacePath } from './paths';

export const agreementsPath = (slug: string) => workspacePath(slug, 'agreements');
/** An agreement's page, by its code (or its id for the one code the form's URL takes). */
export const agreementPath = (slug: string, agreement: { id: string; code: string }) =>
  `${agreementsPath(slug)}/${encodeURIComponent(agreement.code === 'new' ? agreement.id : agreement.code)}`;
export const newAgreementPath = (slug: string) => `${agreementsPath(slug)}/new`;
export const partnerPath = (slug: string, key: string) =>
  `${workspacePath(slug, 'partners')}/${encodeURIComponent(key)}`;
/** The risk register, filtered to what hangs on a partner or an agreement. */
export const risksPath = (slug: string, filter: { partner?: string; agreement?: string } = {}) => {
  const query = new URLSearchParams(
    Object.entries(filter).filter((e): e is [string, string] => e[1] !== undefined),
  ).toString();
  return `${workspacePath(slug, 'risks')}${query === '' ? '' : `?${query}`}`;
};
