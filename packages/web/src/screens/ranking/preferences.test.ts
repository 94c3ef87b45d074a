import { describe, expect, it } from 'vitest';
import { columnSpan, defaultPreference, gaiaView, withPreferences } from './preferences';
import { buildModel, rerank } from './ranking-model';

const spec = {
  version: 1,
  criteria: [
    { id: 'tech', kind: 'benefit', weight: 0.5 },
    { id: 'cost', kind: 'cost', weight: 0.5 },
  ],
  partners: [
    { id: 'a', kind: 'academic', scores: { tech: 9, cost: 100 }, cost: 1, return: 2 },
    { id: 'b', kind: 'enterprise', scores: { tech: 6, cost: 20 }, cost: 1, return: 2 },
    { id: 'c', kind: 'government', scores: { tech: 7, cost: 30 }, cost: 1, return: 2 },
  ],
};

describe('PROMETHEE what-if', () => {
  const built = buildModel(spec);
  if (!built.ok) throw new Error(built.issues.join('; '));
  const model = built.model;

  it('a V-shape on cost changes the PROMETHEE order: large savings count more than small ones', () => {
    const usual = rerank(model, model.savedWeights, 'promethee').ranking;
    const span = columnSpan(model, 1);
    expect(span).toBe(80);
    const vshape = withPreferences(model, [undefined, defaultPreference('vshape', span)]);
    expect(vshape.portfolio.criteria[1]?.preference).toStrictEqual({ type: 'vshape', p: 40 });
    const after = rerank(vshape, model.savedWeights, 'promethee').ranking;
    // Usual: all three tie at net flow 0 (on each criterion the counts of wins and losses
    // cancel). V-shape with p = 40 on cost: cost flows a −1, b 0.625 − 0, c 0.5 − 0.125;
    // tech (usual) a 1, b −1, c 0; halves: a 0, b −0.1875, c 0.1875, so c, a, b.
    expect([...usual.ranks]).toStrictEqual([1, 1, 1]);
    expect([...after.ranks]).toStrictEqual([2, 3, 1]);
  });

  it('the GAIA view: one point per partner, one axis per criterion, the stick scaled to the cloud', () => {
    const view = gaiaView(model, model.savedWeights);
    expect(view?.partners.map((p) => p.id)).toStrictEqual(['a', 'b', 'c']);
    expect(view?.criteria.map((c) => c.id)).toStrictEqual(['tech', 'cost']);
    const reach = Math.max(...(view?.partners ?? []).map((p) => Math.hypot(p.x, p.y)));
    expect(Math.hypot(...(view?.stick ?? [0, 0]))).toBeCloseTo(reach, 9);
    expect(view?.delta).toBeCloseTo(1, 9);
  });
});
