import { describe, expect, it } from 'vitest';
import { buildVocabulary, DEFAULT_VOCABULARY } from './vocabulary.js';

describe('buildVocabulary', () => {
  const { vocabulary } = buildVocabulary();

  it('makes synonyms one capability, ignoring case and blanks', () => {
    expect(vocabulary.canonical('capital')).toBe('funding');
    expect(vocabulary.canonical(' Funding ')).toBe('funding');
    expect(vocabulary.canonical('Market  Access')).toBe('customers');
    expect(vocabulary.canonical('quantum')).toBe('quantum');
  });

  it('labels every default term in English and Simplified Chinese', () => {
    for (const t of DEFAULT_VOCABULARY) {
      expect(t.labels.en).not.toBe('');
      expect(t.labels['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(vocabulary.label('funding', 'zh-CN')).toBe('资金');
  });

  it('lets a spec add terms and synonyms', () => {
    const { vocabulary: v, issues } = buildVocabulary([
      {
        id: 'simulation',
        synonyms: ['digital twin'],
        labels: { en: 'Simulation', 'zh-CN': '仿真' },
      },
      { id: 'capital', synonyms: ['venture money'] },
    ]);
    expect(issues).toEqual([]);
    expect(v.canonical('Digital Twin')).toBe('simulation');
    expect(v.label('simulation', 'zh-CN')).toBe('仿真');
    // `capital` already means funding: the synonym joins funding.
    expect(v.canonical('venture money')).toBe('funding');
  });

  it('rejects a word that would mean two capabilities, naming where', () => {
    const { issues } = buildVocabulary([{ id: 'hardware', synonyms: ['gpu'] }]);
    expect(issues).toMatchObject([
      { code: 'ambiguous_synonym', path: ['vocabulary', 0, 'synonyms', 0] },
    ]);
  });
});
