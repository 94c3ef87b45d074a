import { describe, expect, it } from 'vitest';
import { placeFocus } from './focus-layout';

describe('placeFocus', () => {
  it('puts the centre in the middle and the neighbours on a circle, grouped by type', () => {
    const placed = placeFocus('c:data', [
      { key: 'd:medical', node: { type: 'domain' } },
      { key: 'c:data', node: { type: 'capability' } },
      { key: 'o:b', node: { type: 'organisation' } },
      { key: 'o:a', node: { type: 'organisation' } },
    ]);
    expect(placed[0]).toEqual({ key: 'c:data', type: 'capability', x: 0, y: 0, center: true });
    expect(placed.slice(1).map((p) => p.key)).toEqual(['o:a', 'o:b', 'd:medical']);
    for (const p of placed.slice(1)) expect(Math.hypot(p.x, p.y)).toBeCloseTo(220, 2);
    // The first neighbour sits at the top.
    expect(placed[1]).toMatchObject({ x: 0, y: -220 });
  });
  it('draws a lone node', () => {
    expect(placeFocus('o:a', [{ key: 'o:a', node: { type: 'organisation' } }])).toHaveLength(1);
  });
});
