/** Links inside the agreements screen and to a partner's page. */
import { workspacePath } from './paths';

export const agreementsPath = (slug: string) => workspacePath(slug, 'agreements');
/** An agreement's page, by its code (or its id for the one code the form's URL takes). */
export const agreementPath = (slug: string, agreement: { id: string; code: string }) =>
  `${agreementsPath(slug)}/${encodeURIComponent(agreement.code === 'new' ? agreement.id : agreement.code)}`;
export const newAgreementPath = (slug: string) => `${agreementsPath(slug)}/new`;
export const partnerPath = (slug: string, key: string) =>
  `${workspacePath(slug, 'partners')}/${encodeURIComponent(key)}`;
