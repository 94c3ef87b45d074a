/**
 * End to end: `graph gaps`, `graph critical` and `match` on examples/running-portfolio.yaml, the gaps
 * cross-checked with an independent reading of the YAML.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { z } from 'zod';
import { readYaml } from './reference.js';
import { runBin, runJson } from './run-cli.js';

const DEMO = 'examples/running-portfolio.yaml';

const Ref = z.object({ capability: z.string(), domain: z.string().nullable() });
const GapsJson = z.strictObject({
  needs: z.array(
    Ref.extend({
      min: z.number(),
      have: z.number(),
      providers: z.array(z.string()),
      gap: z.boolean(),
    }).strict(),
  ),
  singlePoints: z.array(Ref.extend({ provider: z.string() }).strict()),
});
const CriticalJson = z.object({
  critical: z.array(
    z.object({ id: z.string(), gapsOpened: z.array(Ref), needsServed: z.array(Ref) }),
  ),
  concentration: z.object({ incumbents: z.number(), hhiKind: z.number(), hhiDomain: z.number() }),
});
const MatchJson = z.object({
  need: z.object({ capability: z.string(), domain: z.string().nullable(), gap: z.boolean() }),
  candidates: z.array(
    z.object({
      id: z.string(),
      score: z.number(),
      parts: z.object({ criteria: z.number(), gapFill: z.number(), proximity: z.number() }),
      facts: z.array(z.object({ fact: z.string() }).loose()).min(1),
    }),
  ),
  excluded: z.array(z.object({ id: z.string(), reason: z.string() })),
});

interface DemoPartner {
  id: string;
  status?: string;
  domains: string[];
  offers: string[];
}
interface DemoNeed {
  capability: string;
  domain?: string;
  min?: number;
}

/** The gaps document computed straight from the YAML (only `capital` = `funding` matters here). */
function expectedGaps(doc: { partners: DemoPartner[]; needs: DemoNeed[] }) {
  const same = (offer: string, capability: string) =>
    offer === capability || (capability === 'funding' && offer === 'capital');
  const incumbents = doc.partners.filter(
    (p) => p.status === 'active' || p.status === 'under-review',
  );
  const needs = doc.needs.map((n) => {
    const providers = incumbents
      .filter((p) => p.offers.some((o) => same(o, n.capability)))
      .filter((p) => n.domain === undefined || p.domains.includes(n.domain))
      .map((p) => p.id)
      .sort();
    const min = n.min ?? 1;
    return {
      capability: n.capability,
      domain: n.domain ?? null,
      min,
      have: providers.length,
      providers,
      gap: providers.length < min,
    };
  });
  const singlePoints = needs
    .filter((n) => n.have === 1)
    .map((n) => ({ capability: n.capability, domain: n.domain, provider: n.providers[0] }));
  return { needs, singlePoints };
}

const demo = readYaml(DEMO) as { partners: DemoPartner[]; needs: DemoNeed[] };

describe('partnerfolio graph and match on examples/running-portfolio.yaml', () => {
  it('graph gaps: exactly the document of DESIGN.md, with a real gap and single points', async () => {
    const gaps = await runJson(GapsJson, ['graph', 'gaps', DEMO]);
    expect(gaps).toEqual(expectedGaps(demo));
    expect(gaps.needs.find((n) => n.capability === 'funding' && n.domain === 'medical')?.gap).toBe(
      true,
    );
    expect(gaps.singlePoints.length).toBeGreaterThan(0);
  });

  it('graph critical: the partner whose exit opens most gaps comes first', async () => {
    const critical = await runJson(CriticalJson, ['graph', 'critical', DEMO]);
    const [first] = critical.critical;
    // The flagship lab is the one technology provider in medical and one of two for talent.
    expect(first?.id).toBe('northlake-ai-lab');
    expect(first?.gapsOpened).toEqual([
      { capability: 'technology', domain: 'medical' },
      { capability: 'talent', domain: null },
    ]);
    const counts = critical.critical.map((c) => c.gapsOpened.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(critical.concentration.incumbents).toBe(6);
  });

  it('match: candidates with reasons; the top one, made active, closes the gap', async () => {
    const match = await runJson(MatchJson, [
      'match',
      DEMO,
      '--need',
      'funding@medical',
      '--top',
      '3',
    ]);
    expect(match.need).toMatchObject({ capability: 'funding', domain: 'medical', gap: true });
    expect(match.candidates).toHaveLength(3);
    const scores = match.candidates.map((c) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    // kangning-pharma writes `capital`: found through the vocabulary.
    expect(match.candidates.map((c) => c.id)).toContain('kangning-pharma');
    expect(match.excluded).toContainEqual({
      id: 'horizon-ventures',
      reason: 'constraints.exclude',
    });
    const top = match.candidates[0]?.id;

    const doc = parse(
      (await import('node:fs')).readFileSync(
        new URL('../../../../examples/running-portfolio.yaml', import.meta.url),
        'utf8',
      ),
    ) as { partners: DemoPartner[] };
    for (const p of doc.partners) if (p.id === top) p.status = 'active';
    const file = join(mkdtempSync(join(tmpdir(), 'pf-graph-')), 'after.yaml');
    writeFileSync(file, stringify(doc));
    const after = await runJson(GapsJson, ['graph', 'gaps', file]);
    const need = after.needs.find((n) => n.capability === 'funding' && n.domain === 'medical');
    expect(need).toMatchObject({ gap: false, providers: [top] });
  });

  it('match: never proposes an exited or rejected organisation', async () => {
    const doc = parse(
      (await import('node:fs')).readFileSync(
        new URL('../../../../examples/running-portfolio.yaml', import.meta.url),
        'utf8',
      ),
    ) as { partners: DemoPartner[] };
    for (const p of doc.partners) {
      if (p.id === 'eastland-science-department') p.status = 'exited';
      if (p.id === 'kangning-pharma') p.status = 'rejected';
    }
    const file = join(mkdtempSync(join(tmpdir(), 'pf-graph-')), 'out.yaml');
    writeFileSync(file, stringify(doc));
    const match = await runJson(MatchJson, [
      'match',
      file,
      '--need',
      'funding@medical',
      '--top',
      '50',
    ]);
    const ids = match.candidates.map((c) => c.id);
    expect(ids).not.toContain('eastland-science-department');
    expect(ids).not.toContain('kangning-pharma');
    expect(match.excluded).toEqual(
      expect.arrayContaining([
        { id: 'eastland-science-department', reason: 'status exited' },
        { id: 'kangning-pharma', reason: 'status rejected' },
      ]),
    );
  });

  it('graph rules: a consortium of two competing banks is blocked and the answer says why', async () => {
    const doc = parse(
      (await import('node:fs')).readFileSync(
        new URL('../../../../examples/running-portfolio.yaml', import.meta.url),
        'utf8',
      ),
    ) as Record<string, unknown>;
    doc.rules = [
      {
        id: 'one-bank',
        type: 'at-most',
        max: 1,
        of: { ids: ['silverbay-bank', 'goldstream-bank'] },
        message: 'competing banks in one consortium',
      },
    ];
    const file = join(mkdtempSync(join(tmpdir(), 'pf-graph-')), 'rules.yaml');
    writeFileSync(file, stringify(doc));
    const Rules = z.object({
      blocked: z.boolean(),
      evaluations: z.array(
        z.object({ rule: z.string(), fired: z.boolean(), message: z.string().nullable() }).loose(),
      ),
    });
    const running = await runJson(Rules, ['graph', 'rules', file]);
    expect(running.blocked).toBe(false);
    const consortium = await runJson(Rules, [
      'graph',
      'rules',
      file,
      '--selection',
      'silverbay-bank,goldstream-bank,northlake-ai-lab',
    ]);
    expect(consortium).toMatchObject({
      blocked: true,
      evaluations: [
        { rule: 'one-bank', fired: true, message: 'competing banks in one consortium' },
      ],
    });
  });

  it('a malformed --need is a usage error (exit 2); a bad need in the file names its path (exit 1)', async () => {
    const usage = await runBin(['match', DEMO, '--need', '@medical', '--json']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('CAPABILITY@DOMAIN');
    const missing = await runBin(['match', DEMO, '--json']);
    expect(missing.code).toBe(2);

    const file = join(mkdtempSync(join(tmpdir(), 'pf-graph-')), 'bad.yaml');
    writeFileSync(file, 'version: 1\npartners: []\nneeds:\n  - { capability: data, min: 0 }\n');
    const bad = await runBin(['graph', 'gaps', file, '--json']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('needs[0].min');
  });
});
