/** The facts behind a match and the findings of a rule, in the reader's language (from their data). */
import type { MatchFact, RuleFinding } from '../../engine';
import type { Translator } from '../../i18n/translator';

const n = (tr: Translator, x: number) => tr.formatNumber(x, { maximumFractionDigits: 3 });
const list = (tr: Translator, ids: readonly string[]) =>
  ids.join(tr.locale === 'zh-CN' ? '、' : ', ');

export function sayFact(tr: Translator, f: MatchFact): string {
  const { t } = tr;
  switch (f.fact) {
    case 'offers':
      return f.as === undefined
        ? t('screen.network.fact.offers', { capability: f.capability })
        : t('screen.network.fact.offersAs', { capability: f.capability, as: f.as });
    case 'works-in':
      return t('screen.network.fact.works-in', { domain: f.domain });
    case 'other-domains':
      return t('screen.network.fact.other-domains', { domains: list(tr, f.domains) });
    case 'criteria':
      return t('screen.network.fact.criteria', { score: n(tr, f.score), rank: f.rank, of: f.of });
    case 'fills-gap':
      return t('screen.network.fact.fills-gap', { have: f.have, min: f.min });
    case 'adds-backup':
      return t('screen.network.fact.adds-backup', { have: f.have, min: f.min });
    case 'shared-domain':
      return t('screen.network.fact.shared-domain', {
        domain: f.domain,
        incumbents: list(tr, f.incumbents),
        weight: n(tr, f.weight),
      });
    case 'common-partner':
      return t('screen.network.fact.common-partner', {
        via: f.via,
        incumbents: list(tr, f.incumbents),
        weight: n(tr, f.weight),
      });
    case 'synergy':
      return t('screen.network.fact.synergy', { value: n(tr, f.value), with: f.with });
    case 'co-partner':
      return t('screen.network.fact.co-partner', {
        with: f.with,
        agreements: list(tr, f.agreements),
      });
    case 'conflict':
      return t('screen.network.fact.conflict', { value: n(tr, f.value), with: f.with });
  }
}

export function sayFinding(tr: Translator, f: RuleFinding): string {
  const { t } = tr;
  const members = (ids: readonly string[]) =>
    ids.length === 0 ? t('screen.network.rules.nobody') : list(tr, ids);
  switch (f.finding) {
    case 'missing-capability':
      return t('screen.network.rules.finding.missing-capability', {
        partner: f.partner,
        capability: f.capability,
        domain: f.domain === null ? '' : t('screen.network.match.needIn', { domain: f.domain }),
      });
    case 'too-many':
      return t('screen.network.rules.finding.too-many', {
        members: members(f.members),
        count: f.members.length,
        max: f.max,
      });
    case 'too-few':
      return t('screen.network.rules.finding.too-few', {
        members: members(f.members),
        count: f.members.length,
        min: f.min,
      });
  }
}
