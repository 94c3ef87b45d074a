/**
 * Bodies and answers of the graph routes (the CLI's `graph gaps`, `graph critical`,
 * `match`). Answers are typed `z.ZodType` as the engine's are: they document the shape for
 * OpenAPI while the routes send core's (readonly) documents as they are.
 */
import { z } from 'zod';
import { messageSchema } from '../../http/message-schema.js';

const ref = z.object({ capability: z.string(), domain: z.string().nullable() });

export const gapsDocument: z.ZodType = z
  .object({
    needs: z.array(
      ref.extend({
        min: z.int(),
        have: z.int(),
        providers: z.array(z.string()),
        gap: z.boolean(),
      }),
    ),
    singlePoints: z.array(ref.extend({ provider: z.string() })),
  })
  .meta({ id: 'GraphGaps' });

const share = z.object({ key: z.string(), count: z.int(), share: z.number() });

export const criticalDocument: z.ZodType = z
  .object({
    critical: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        kind: z.string(),
        status: z.string(),
        gapsOpened: z.array(ref),
        needsServed: z.array(ref),
      }),
    ),
    concentration: z.object({
      incumbents: z.int(),
      byKind: z.array(share),
      hhiKind: z.number(),
      byDomain: z.array(share),
      hhiDomain: z.number(),
    }),
  })
  .meta({ id: 'GraphCritical' });

export const coverageDocument: z.ZodType = z
  .object({
    domains: z.array(z.string()),
    capabilities: z.array(z.string()),
    cells: z.array(
      z.object({
        domain: z.string(),
        capability: z.string(),
        incumbents: z.array(z.string()),
        candidates: z.int(),
        need: z.int().nullable(),
      }),
    ),
  })
  .meta({ id: 'GraphCoverage' });

export const matchBody = z.strictObject({
  need: z
    .string()
    .min(1)
    .max(200)
    .meta({ description: 'CAPABILITY or CAPABILITY@DOMAIN, e.g. funding@medical' }),
  top: z
    .int()
    .min(1)
    .max(1000)
    .optional()
    .meta({ description: 'how many candidates (default 10)' }),
});

export const matchDocument: z.ZodType = z
  .object({
    need: z.object({
      capability: z.string(),
      domain: z.string().nullable(),
      term: z.string(),
      min: z.int(),
      have: z.int(),
      providers: z.array(z.string()),
      gap: z.boolean(),
    }),
    weights: z.object({ criteria: z.number(), gapFill: z.number(), proximity: z.number() }),
    candidates: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        kind: z.string(),
        status: z.string(),
        score: z.number(),
        parts: z.object({ criteria: z.number(), gapFill: z.number(), proximity: z.number() }),
        facts: z.array(z.looseObject({ fact: z.string() })),
      }),
    ),
    excluded: z.array(
      z.object({
        id: z.string(),
        reason: z.string().meta({ description: '`because` in English' }),
        because: messageSchema,
      }),
    ),
  })
  .meta({ id: 'GraphMatch' });

export const emptyBody = z.strictObject({}).optional();

export const focusQuery = z.strictObject({
  node: z
    .string()
    .min(3)
    .max(300)
    .regex(/^[ocdaspi]:/, { error: 'a node key starts with o:, c:, d:, a:, s:, p: or i:' })
    .meta({ description: 'o:PARTNER, c:CAPABILITY, d:DOMAIN, a:AGREEMENT, s:us, p:..., i:...' }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(200)
    .optional()
    .meta({ description: 'most neighbours to show (default 40)' }),
});

export const focusDocument: z.ZodType = z
  .object({
    center: z.string(),
    nodes: z.array(
      z.object({
        key: z.string(),
        node: z.looseObject({ type: z.string(), id: z.string() }),
        degree: z.int(),
        labels: z.object({ en: z.string(), 'zh-CN': z.string() }).optional(),
      }),
    ),
    edges: z.array(
      z.object({
        source: z.string(),
        target: z.string(),
        edge: z.looseObject({ type: z.string() }),
      }),
    ),
    omitted: z.int(),
  })
  .meta({ id: 'GraphFocus' });

export const rulesCheckBody = z
  .strictObject({
    selection: z
      .array(z.string().min(1).max(200))
      .max(5000)
      .optional()
      .meta({ description: 'partner ids to check (a consortium); default: the incumbents' }),
  })
  .optional();

export const rulesDocument: z.ZodType = z
  .object({
    selection: z.array(z.string()),
    blocked: z.boolean(),
    evaluations: z.array(
      z.object({
        rule: z.string(),
        type: z.string(),
        severity: z.enum(['gate', 'advice']),
        fired: z.boolean(),
        findings: z.array(z.looseObject({ finding: z.string() })),
        message: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'GraphRules' });

export const proposalBody = z
  .strictObject({
    selection: z.array(z.string().min(1).max(200)).max(5000).optional().meta({
      description: "partner ids proposed; default: the optimiser's portfolio (`optimize`)",
    }),
  })
  .optional();

const needChange = z.object({
  capability: z.string(),
  domain: z.string().nullable(),
  min: z.int(),
  now: z.array(z.string()),
  proposed: z.array(z.string()),
  gapNow: z.boolean(),
  gapProposed: z.boolean(),
  gained: z.array(z.string()),
  lost: z.array(z.string()),
});

export const proposalDocument: z.ZodType = z
  .object({
    selection: z.array(z.string()),
    needs: z.array(needChange),
    closes: z.int(),
    opens: z.int(),
  })
  .meta({ id: 'GraphProposal' });
