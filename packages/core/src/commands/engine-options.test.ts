/**
 * The hosts' limits on an SMAA run (`smaaRefusal`) and a PROMETHEE rank
 * (`prometheeRefusal`): each at its bound is allowed and one past it refused, naming the
 * field and carrying the values a language says it with.
 */
import { describe, expect, it } from 'vitest';
import {
  ENGINE_LIMITS,
  engineSize,
  engineSizeRefusal,
  prometheeRefusal,
  smaaRefusal,
} from './engine-options.js';

const server = ENGINE_LIMITS.server;
const refusal = (
  o: { readonly portfolio?: boolean; readonly samples: number },
  partners: number,
  criteria: number,
) => {
  const r = smaaRefusal(o, { partners, criteria }, server);
  return r === undefined || r.ok
    ? undefined
    : r.issues.map(({ code, path, params }) => ({ code, path, params }));
};

describe('smaaRefusal', () => {
  it('allows the server’s largest table and refuses one partner more', () => {
    expect(refusal({ samples: 10_000 }, server.smaaPartners, 10)).toBeUndefined();
    expect(refusal({ samples: 10 }, server.smaaPartners + 1, 2)).toEqual([
      {
        code: 'smaa_too_many_partners',
        path: ['partners'],
        params: { partners: 1_001, maximum: 1_000 },
      },
    ]);
  });

  it('bounds samples × partners × criteria, saying the most samples the workspace may ask', () => {
    // 1,000,000 samples (the server's most) × 1,000 partners × 10 criteria: exactly the bound.
    expect(refusal({ samples: 1_000_000 }, 1_000, 10)).toBeUndefined();
    expect(refusal({ samples: 1_000_000 }, 1_000, 11)).toEqual([
      {
        code: 'smaa_too_many_samples',
        path: ['samples'],
        // ⌊10¹⁰ / (1,000 × 11)⌋
        params: { maximum: 909_090, partners: 1_000, criteria: 11 },
      },
    ]);
    expect(refusal({ samples: 909_090 }, 1_000, 11)).toBeUndefined();
    // No criteria still scores each partner once per sample.
    expect(refusal({ samples: 1_000_000 }, 1_000, 0)).toBeUndefined();
  });

  it('keeps the portfolio membership’s MILPs within their own limit', () => {
    const most = server.portfolioSamples;
    expect(refusal({ portfolio: true, samples: most }, 38, 6)).toBeUndefined();
    expect(refusal({ portfolio: true, samples: most + 1 }, 38, 6)).toEqual([
      { code: 'too_big', path: ['samples'], params: undefined },
    ]);
    expect(refusal({ portfolio: false, samples: most + 1 }, 38, 6)).toBeUndefined();
  });

  it('leaves the command line unbounded', () => {
    const r = smaaRefusal(
      { samples: 10_000_000, portfolio: true },
      { partners: 50_000, criteria: 40 },
      ENGINE_LIMITS.command,
    );
    expect(r).toBeUndefined();
  });
});

describe('engineSizeRefusal', () => {
  const codes = (r: ReturnType<typeof engineSizeRefusal>) =>
    r === undefined || r.ok ? [] : r.issues.map((i) => [i.code, i.path]);
  const size = { partners: 1_000, criteria: 11, gaussianCriteria: 0 };

  it('asks smaa’s limits with the default samples when a request names none', () => {
    // 10,000 samples by default × 1,000 × 11 is within 10¹⁰; 10⁶ is not.
    expect(codes(engineSizeRefusal('smaa', {}, size, server))).toEqual([]);
    expect(codes(engineSizeRefusal('smaa', { samples: 1_000_000 }, size, server))).toEqual([
      ['smaa_too_many_samples', ['samples']],
    ]);
    const wide = { partners: 1_001, criteria: 2, gaussianCriteria: 0 };
    expect(codes(engineSizeRefusal('smaa', {}, wide, server))).toEqual([
      ['smaa_too_many_partners', ['partners']],
    ]);
  });

  it('asks frontier’s cells only with cvar, and no other command anything', () => {
    expect(
      codes(engineSizeRefusal('frontier', { cvar: true, scenarios: 20_000 }, size, server)),
    ).toEqual([['too_big', ['scenarios']]]);
    expect(codes(engineSizeRefusal('frontier', { scenarios: 20_000 }, size, server))).toEqual([]);
    const huge = { partners: 1e6, criteria: 9, gaussianCriteria: 0 };
    expect(codes(engineSizeRefusal('rank', { samples: 1e9 }, huge, server))).toEqual([]);
    expect(
      codes(engineSizeRefusal('optimize', {}, { ...huge, gaussianCriteria: 9 }, server)),
    ).toEqual([]);
  });

  it('asks a PROMETHEE rank’s Gaussian pairs, and no other rank method', () => {
    const gaussian = { partners: 1e5, criteria: 9, gaussianCriteria: 1 };
    expect(codes(engineSizeRefusal('rank', { method: 'promethee' }, gaussian, server))).toEqual([
      ['promethee_too_many_pairs', ['method']],
    ]);
    // The default method is the weighted sum.
    expect(codes(engineSizeRefusal('rank', {}, gaussian, server))).toEqual([]);
    expect(codes(engineSizeRefusal('rank', { method: 'vikor' }, gaussian, server))).toEqual([]);
  });
});

describe('prometheeRefusal', () => {
  const promethee = { method: 'promethee' };
  const issues = (r: ReturnType<typeof prometheeRefusal>) =>
    r === undefined || r.ok
      ? []
      : r.issues.map(({ code, path, params }) => ({ code, path, params }));

  it('allows 2·10⁹ partner pairs × Gaussian criteria and refuses one partner more', () => {
    // 20,000² × 5 = 2,000,000,000: exactly the bound.
    const at = { partners: 20_000, criteria: 8, gaussianCriteria: 5 };
    expect(issues(prometheeRefusal(promethee, at, server))).toEqual([]);
    expect(issues(prometheeRefusal(promethee, { ...at, partners: 20_001 }, server))).toEqual([
      {
        code: 'promethee_too_many_pairs',
        path: ['method'],
        params: { partners: 20_001, gaussian: 5, maximum: 2_000_000_000 },
      },
    ]);
  });

  it('counts only Gaussian criteria: the other preference functions sort each column', () => {
    const sorted = { partners: 100_000, criteria: 10, gaussianCriteria: 0 };
    expect(issues(prometheeRefusal(promethee, sorted, server))).toEqual([]);
    expect(
      engineSize({
        partners: [],
        criteria: [
          { id: 'a', name: 'A', kind: 'benefit', preference: { type: 'gaussian', s: 2 } },
          { id: 'b', name: 'B', kind: 'cost', preference: { type: 'vshape', p: 3 } },
          { id: 'c', name: 'C', kind: 'benefit' },
        ],
      }),
    ).toEqual({ partners: 0, criteria: 3, gaussianCriteria: 1 });
  });

  it('leaves the command line unbounded', () => {
    const huge = { partners: 1e6, criteria: 40, gaussianCriteria: 40 };
    expect(prometheeRefusal(promethee, huge, ENGINE_LIMITS.command)).toBeUndefined();
  });
});
