import { describe, expect, it } from 'vitest';
import type { Risk } from '../../components/risks/risk-view';
import { effectOf } from './risk-effect';
import { formPathOf, type RiskValues, toBody, toValues } from './risk-form';

const stored: Risk = {
  id: 'cloud-outage',
  title: 'GPU cloud outage',
  category: 'dependency',
  partners: ['nimbus'],
  agreements: ['gpu-1'],
  likelihood: 0.2,
  impact: { triangular: [1, 2, 6] },
  factors: { market: 0.9 },
  owner: 'risk lead',
  mitigation: 'second supplier',
  reviewDate: '2026-12-01',
  version: 3,
  updatedAt: '2026-11-01T00:00:00Z',
};

describe('the risk form', () => {
  it('gives back the risk it was filled from (round trip)', () => {
    const { version: _v, updatedAt: _u, ...body } = stored;
    expect(toBody(toValues(stored))).toEqual(body);
  });

  it('sends a number as the loss, trims texts and leaves out empty ones and blank factors', () => {
    const values: RiskValues = {
      id: ' culture-gap ',
      title: '  ',
      category: 'culture',
      partners: ['lab'],
      likelihood: 0.5,
      impactForm: 'number',
      impact: [4, 99],
      factors: [{ name: ' region ', loading: 0.3 }, { name: '', loading: 0.5 }, { name: 'x' }],
      owner: ' Ada ',
      reviewDate: '',
    };
    expect(toBody(values)).toEqual({
      id: 'culture-gap',
      category: 'culture',
      partners: ['lab'],
      agreements: [],
      likelihood: 0.5,
      impact: 4,
      factors: { region: 0.3 },
      owner: 'Ada',
    });
  });

  it('sends an empty likelihood or loss as it is, for the server to name', () => {
    const body = toBody({ id: 'a', category: 'ip', impactForm: 'pert', impact: [1, null, 3] });
    expect(body.likelihood).toBeUndefined();
    expect(body.impact).toEqual({ pert: [1, null, 3] });
  });

  it('puts a server error on the field the form shows', () => {
    expect(formPathOf('likelihood')).toBe('likelihood');
    expect(formPathOf('impact.triangular[1]')).toBe('impact');
    expect(formPathOf('factors')).toBe('factors');
    expect(formPathOf('factors.market')).toBe('factors');
    expect(formPathOf('partners[0]')).toBe('partners');
    expect(formPathOf('agreements[2]')).toBe('agreements');
    expect(formPathOf('reviewDate')).toBe('reviewDate');
  });
});

describe('effectOf', () => {
  it('reads the simulate answer, with the exact expected risk loss only when it is there', () => {
    const answer = { expected: 4, mean: 2.01, probLoss: 0.1, cvar5: -6, selected: ['a', 'b'] };
    expect(effectOf({ ...answer, expectedRiskLoss: 2 })).toEqual({
      ...answer,
      expectedRiskLoss: 2,
    });
    expect(effectOf(answer)).toEqual(answer);
    expect(effectOf({ ...answer, mean: 'x' })).toBeUndefined();
  });
});
