/**
 * The facts behind a match, as data (for the API and the web app) with a sentence in
 * English or Simplified Chinese (for the CLI and tooltips).
 */
export type MatchFact =
  | { readonly fact: 'offers'; readonly capability: string; readonly as?: string }
  | { readonly fact: 'works-in'; readonly domain: string }
  | { readonly fact: 'other-domains'; readonly domains: readonly string[] }
  | {
      readonly fact: 'criteria';
      readonly score: number;
      readonly rank: number;
      readonly of: number;
    }
  | { readonly fact: 'fills-gap'; readonly have: number; readonly min: number }
  | { readonly fact: 'adds-backup'; readonly have: number; readonly min: number }
  | {
      readonly fact: 'shared-domain';
      readonly domain: string;
      readonly incumbents: readonly string[];
      readonly count: number;
      readonly weight: number;
    }
  | {
      readonly fact: 'common-partner';
      readonly via: string;
      readonly incumbents: readonly string[];
      readonly count: number;
      readonly weight: number;
    }
  | { readonly fact: 'synergy'; readonly with: string; readonly value: number }
  | { readonly fact: 'co-partner'; readonly with: string; readonly agreements: readonly string[] }
  | { readonly fact: 'conflict'; readonly with: string; readonly value: number };

export type Locale = 'en' | 'zh-CN';

const list = (ids: readonly string[], count: number, locale: Locale): string => {
  const more = count - ids.length;
  const joined = ids.join(', ');
  if (more <= 0) return joined;
  return locale === 'en' ? `${joined} and ${more} more` : `${joined} 等 ${count} 个`;
};

const n = (x: number): string => String(Math.round(x * 1000) / 1000);

export function describeFact(f: MatchFact, locale: Locale = 'en'): string {
  const en = locale === 'en';
  switch (f.fact) {
    case 'offers':
      return en
        ? `offers ${f.capability}${f.as ? ` (written "${f.as}")` : ''}`
        : `提供${f.capability}${f.as ? `（写作"${f.as}"）` : ''}`;
    case 'works-in':
      return en ? `works in ${f.domain}` : `在${f.domain}领域工作`;
    case 'other-domains':
      return en
        ? `offers it only in other domains (${f.domains.join(', ')})`
        : `仅在其他领域提供（${f.domains.join('、')}）`;
    case 'criteria':
      return en
        ? `criteria score ${n(f.score)}, rank ${f.rank} of ${f.of}`
        : `评价得分 ${n(f.score)}，排名 ${f.rank}/${f.of}`;
    case 'fills-gap':
      return en
        ? `fills a gap: ${f.have} of ${f.min} providers today`
        : `填补缺口：目前 ${f.have}/${f.min} 个提供方`;
    case 'adds-backup':
      return en
        ? `adds a backup: already ${f.have} of ${f.min} providers`
        : `增加备份：已有 ${f.have}/${f.min} 个提供方`;
    case 'shared-domain':
      return en
        ? `shares ${f.domain} with ${list(f.incumbents, f.count, locale)} (Adamic–Adar ${n(f.weight)})`
        : `与 ${list(f.incumbents, f.count, locale)} 同在${f.domain}领域（Adamic–Adar ${n(f.weight)}）`;
    case 'common-partner':
      return en
        ? `common partner ${f.via} with ${list(f.incumbents, f.count, locale)} (Adamic–Adar ${n(f.weight)})`
        : `与 ${list(f.incumbents, f.count, locale)} 有共同伙伴 ${f.via}（Adamic–Adar ${n(f.weight)}）`;
    case 'synergy':
      return en
        ? `synergy ${n(f.value)} with incumbent ${f.with}`
        : `与现有伙伴 ${f.with} 协同 ${n(f.value)}`;
    case 'co-partner':
      return en
        ? `already works with incumbent ${f.with} in ${f.agreements.join(', ')}`
        : `已与现有伙伴 ${f.with} 在 ${f.agreements.join('、')} 中合作`;
    case 'conflict':
      return en
        ? `negative synergy ${n(f.value)} with incumbent ${f.with} (not scored here; the optimiser weighs it)`
        : `与现有伙伴 ${f.with} 负协同 ${n(f.value)}（此处不计分，由优化器权衡）`;
  }
}
