/** Partner choices for the form's selects: "Name (kind)", searchable by name and id. */
import type { Translator } from '../../i18n/translator';
import type { PartnerChoice } from './workspace-data';

export interface PartnerOption {
  readonly value: string;
  readonly label: string;
}

export function partnerOptions(
  partners: readonly PartnerChoice[],
  t: Translator['t'],
): PartnerOption[] {
  return partners.map((p) => ({
    value: p.id,
    label: t('screen.portfolio.partnerOption', {
      name: p.name,
      kind: t(`screen.portfolio.kind.${p.kind}`),
    }),
  }));
}

/** For Select's `showSearch`: typing matches the name, the kind or the id. */
export const PARTNER_SEARCH = { optionFilterProp: ['label', 'value'] };
