/**
 * The hosts' limits on an SMAA run (`smaaRefusal`): each at its bound is allowed and one
 * past it refused, naming the field and carrying the values a language says it with.
 */
import { describe, expect, it } from 'vitest';
import { ENGINE_LIMITS, smaaRefusal } from './engine-options.js';

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
