/** An agreement's type and status in the active language, and the status's tag colour. */
import type { AgreementStatus, AgreementType } from '../api/types';
import type { Translator } from '../i18n/translator';
import type { ToneColor } from './Tone';

type T = Translator['t'];

export const AGREEMENT_STATUSES: readonly AgreementStatus[] = [
  'draft',
  'active',
  'ended',
  'terminated',
];

export const typeLabel = (t: T, type: AgreementType) => t(`screen.agreements.type.${type}`);
export const statusLabel = (t: T, status: AgreementStatus) =>
  t(`screen.agreements.status.${status}`);

/** Tag colours per status (Ant Design presets, readable in both themes). */
export const STATUS_COLOR: Readonly<Record<AgreementStatus, ToneColor>> = {
  draft: 'default',
  active: 'green',
  ended: 'blue',
  terminated: 'red',
};
