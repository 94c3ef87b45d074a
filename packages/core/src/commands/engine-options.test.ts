/**
 * The hosts' limits on an SMAA run (`smaaRefusal`): each at its bound is allowed and one
 * past it refused, naming the field and carrying the values a language says it with.
 */
import { describe, expect, it } from 'vitest';
import { ENGINE_LIMITS, engineSizeRefusal, smaaRefusal } from './engine-options.js';

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
  const size = { partners: 1_000, criteria: 11 };

  it('asks smaa’s limits with the default samples when a request names none', () => {
    // 10,000 samples by default × 1,000 × 11 is within 10¹⁰; 10⁶ is not.
    expect(codes(engineSizeRefusal('smaa', {}, size, server))).toEqual([]);
    expect(codes(engineSizeRefusal('smaa', { samples: 1_000_000 }, size, server))).toEqual([
      ['smaa_too_many_samples', ['samples']],
    ]);
    expect(codes(engineSizeRefusal('smaa', {}, { partners: 1_001, criteria: 2 }, server))).toEqual([
      ['smaa_too_many_partners', ['partners']],
    ]);
  });

  it('asks frontier’s cells only with cvar, and no other command anything', () => {
    expect(
      codes(engineSizeRefusal('frontier', { cvar: true, scenarios: 20_000 }, size, server)),
    ).toEqual([['too_big', ['scenarios']]]);
    expect(codes(engineSizeRefusal('frontier', { scenarios: 20_000 }, size, server))).toEqual([]);
    expect(
      codes(engineSizeRefusal('rank', { samples: 1e9 }, { partners: 1e6, criteria: 9 }, server)),
    ).toEqual([]);
  });
});
