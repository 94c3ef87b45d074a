/** The words for the API's enumerations, in the active language. */
import { partnerStatusText } from '../../components/partner-status';
import type { Translator } from '../../i18n/translator';
import type { Form } from './distribution';
import type { PartnerKind, PartnerStatus } from './lifecycle';

type T = Translator['t'];

export const kindLabel = (t: T, kind: PartnerKind): string => t(`screen.partners.kind.${kind}`);
export const statusLabel = (t: T, status: PartnerStatus): string => partnerStatusText(t, status);
export const formLabel = (t: T, form: Form): string => t(`screen.partners.form.${form}`);
