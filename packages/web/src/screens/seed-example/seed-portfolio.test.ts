import { describe, expect, it } from 'vitest';
import { PRINTED, seedFigures } from './seed-portfolio';

describe('the seed example, computed by the engine', () => {
  const figures = seedFigures();

  it('gives N = 0.2, 0.4, 0.2 and S = 0.8 with N = R − αC − βR, α = β = 0.5', () => {
    expect(figures.partners.map((p) => p.id)).toEqual(['A', 'B', 'C']);
    const nets = figures.partners.map((p) => p.net);
    expect(nets[0]).toBeCloseTo(0.2, 12);
    expect(nets[1]).toBeCloseTo(0.4, 12);
    expect(nets[2]).toBeCloseTo(0.2, 12);
    expect(figures.S).toBeCloseTo(0.8, 12);
  });

  it('differs from what the document printed', () => {
    expect(figures.S).not.toBeCloseTo(PRINTED.S, 6);
    expect(figures.partners[0]?.net).not.toBeCloseTo(PRINTED.net.A, 6);
  });

  it('gives 0.6 for the code listing (A and B only), and Σ R = 3.7 at α = β = 0', () => {
    expect(figures.listingS).toBeCloseTo(0.6, 12);
    expect(figures.zeroWeightsS).toBeCloseTo(3.7, 12);
  });
});
