/**
 * The controlled capability vocabulary: one canonical id per capability, its synonyms and
 * its labels in English and Simplified Chinese. Specs write capabilities freely (`capital`,
 * `funding`); the graph compares them through this vocabulary. A spec may add terms or
 * synonyms (`vocabulary:`); a word that would mean two terms is an issue, not a guess.
 */
import type { Issue, IssuePath } from '../util/issues.js';

export interface VocabularyTerm {
  /** Canonical id, lower case. */
  readonly id: string;
  /** Other words that mean the same capability (lower case). */
  readonly synonyms: readonly string[];
  readonly labels: { readonly en: string; readonly 'zh-CN': string };
}

/** What a spec may add: a new term, or more synonyms and labels for an existing one. */
export interface VocabularyEntry {
  readonly id: string;
  readonly synonyms?: readonly string[] | undefined;
  readonly labels?:
    | { readonly en?: string | undefined; readonly 'zh-CN'?: string | undefined }
    | undefined;
}

/** Built from the offers of examples/demo.yaml and the resources the source document names. */
export const DEFAULT_VOCABULARY: readonly VocabularyTerm[] = [
  term('technology', ['tech', 'research', 'r&d', 'algorithms'], 'Technology', '技术'),
  term('talent', ['people', 'researchers', 'staff', 'recruiting'], 'Talent', '人才'),
  term('data', ['datasets', 'data access'], 'Data', '数据'),
  term('compute', ['gpu', 'gpus', 'computing', 'cloud'], 'Compute', '算力'),
  term('funding', ['capital', 'investment', 'money', 'grants'], 'Funding', '资金'),
  term('customers', ['clients', 'users', 'market access'], 'Customers', '客户'),
  term('channels', ['distribution', 'sales channels', 'marketing'], 'Channels', '渠道'),
  term('policy', ['policy support', 'regulation', 'approvals', 'licences'], 'Policy', '政策'),
  term('ip', ['patents', 'intellectual property'], 'IP', '知识产权'),
];

function term(id: string, synonyms: string[], en: string, zh: string): VocabularyTerm {
  return { id, synonyms, labels: { en, 'zh-CN': zh } };
}

/** Lower case, trimmed, inner blanks collapsed: `' Market  Access'` → `'market access'`. */
export const normalizeWord = (word: string): string =>
  word.trim().toLowerCase().replace(/\s+/g, ' ');

export interface Vocabulary {
  readonly terms: readonly VocabularyTerm[];
  /** The canonical id of a word; a word outside the vocabulary is its own term. */
  canonical(word: string): string;
  label(id: string, locale: 'en' | 'zh-CN'): string;
}

/**
 * The default vocabulary extended by a spec's entries. Issues name `vocabulary[i]...` when a
 * word is claimed by two terms.
 */
export function buildVocabulary(
  extra: readonly VocabularyEntry[] = [],
  base: readonly VocabularyTerm[] = DEFAULT_VOCABULARY,
): { readonly vocabulary: Vocabulary; readonly issues: readonly Issue[] } {
  const terms = new Map<string, VocabularyTerm>();
  const owner = new Map<string, string>();
  const issues: Issue[] = [];
  const claim = (word: string, id: string, path: IssuePath) => {
    const previous = owner.get(word);
    if (previous !== undefined && previous !== id) {
      issues.push({
        code: 'ambiguous_synonym',
        path,
        message: `\`${word}\` already means \`${previous}\`; a word can mean only one capability, so remove it here or there`,
        params: { word, term: previous },
      });
      return;
    }
    owner.set(word, id);
  };
  for (const t of base) {
    terms.set(t.id, t);
    claim(t.id, t.id, []);
    for (const s of t.synonyms) claim(s, t.id, []);
  }
  extra.forEach((entry, index) => {
    const path: IssuePath = ['vocabulary', index];
    const id = owner.get(normalizeWord(entry.id)) ?? normalizeWord(entry.id);
    const known = terms.get(id);
    const synonyms = (entry.synonyms ?? []).map(normalizeWord);
    claim(id, id, [...path, 'id']);
    for (const [j, s] of synonyms.entries()) claim(s, id, [...path, 'synonyms', j]);
    terms.set(id, {
      id,
      synonyms: [...(known?.synonyms ?? []), ...synonyms.filter((s) => s !== id)],
      labels: {
        en: entry.labels?.en ?? known?.labels.en ?? entry.id,
        'zh-CN': entry.labels?.['zh-CN'] ?? known?.labels['zh-CN'] ?? entry.id,
      },
    });
  });
  const vocabulary: Vocabulary = {
    terms: [...terms.values()],
    canonical: (word) => {
      const w = normalizeWord(word);
      return owner.get(w) ?? w;
    },
    label: (id, locale) => terms.get(id)?.labels[locale] ?? id,
  };
  return { vocabulary, issues };
}
