/** A partner's lifecycle status in the active language (shared by every screen that shows one). */
import { isPartnerStatus } from '../engine';
import type { Translator } from '../i18n/translator';

/** The status's words; a value that is not a status is shown as it is. */
export const partnerStatusText = (t: Translator['t'], status: string): string =>
  isPartnerStatus(status) ? t(`screen.partners.status.${status}`) : status;
