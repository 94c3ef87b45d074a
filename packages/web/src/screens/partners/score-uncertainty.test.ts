import { describe, expect, it } from 'vitest';
import { DISTRIBUTION_PARAMETERS } from '../../engine';
import { en } from '../../i18n/en';
import { zhCN } from '../../i18n/zh-CN';
import { FORMS } from './distribution';
import { parametersOf, uncertaintyKey, withStated } from './score-uncertainty';

describe('stated uncertain scores', () => {
  const current = { tech: { uniform: [4, 7] }, market: { normal: [5, 1] } } as const;

  it('sets, replaces and clears one criterion, keeping the others', () => {
    expect(withStated(current, 'ip', { form: 'triangular', values: [1, 2, 3] })).toEqual({
      tech: { uniform: [4, 7] },
      market: { normal: [5, 1] },
      ip: { triangular: [1, 2, 3] },
    });
    expect(withStated(current, 'tech', { form: 'uniform', values: [3, 8] })).toEqual({
      tech: { uniform: [3, 8] },
      market: { normal: [5, 1] },
    });
    expect(withStated(current, 'tech', null)).toEqual({ market: { normal: [5, 1] } });
    expect(withStated({}, 'tech', null)).toEqual({});
  });

  it('refuses a draft that breaks core’s rules (nothing to send)', () => {
    expect(withStated(current, 'tech', { form: 'uniform', values: [7, 4] })).toBeUndefined();
    expect(withStated(current, 'tech', { form: 'pert', values: [1, 5, 3] })).toBeUndefined();
    expect(withStated(current, 'tech', { form: 'normal', values: [5, -1] })).toBeUndefined();
    expect(withStated(current, 'tech', { form: 'uniform', values: [4, null] })).toBeUndefined();
    expect(withStated(current, 'tech', { form: 'uniform', values: [4, 1e13] })).toBeUndefined();
  });

  it('names each number by core’s parameter of its form', () => {
    expect(parametersOf({ uniform: [4, 7] })).toEqual({
      form: 'uniform',
      values: { min: 4, max: 7 },
    });
    expect(parametersOf({ triangular: [1, 2, 3] }).values).toEqual({ min: 1, mode: 2, max: 3 });
    expect(parametersOf(6)).toEqual({ form: 'number', values: { value: 6 } });
  });

  it('says every form with every one of its parameters, in both languages', () => {
    for (const form of FORMS) {
      for (const messages of [en, zhCN]) {
        const text = messages[uncertaintyKey(form)];
        for (const parameter of DISTRIBUTION_PARAMETERS[form]) {
          expect(text, `${form} ${parameter}`).toContain(`{${parameter}}`);
        }
      }
    }
  });
});
