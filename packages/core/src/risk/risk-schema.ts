/**
 * The risk register in the spec (`risks:`): events with a likelihood and a loss, linked
 * to partners, that the Monte Carlo draws per scenario. Events that load on the same
 * shared factor happen together more often than chance, so a portfolio concentrated on
 * one factor shows it in P(loss) and CVaR. See docs/model.md "Risks".
 */
import { z } from 'zod';
import { RISK_CATEGORIES } from '../model/types.js';
import { distributionSchema } from '../spec/distribution-schema.js';
import { boundedNumber, idSchema } from '../spec/input-rules.js';

const loading = boundedNumber()
  .min(-1, { error: 'a factor loading is from -1 to 1' })
  .max(1, { error: 'a factor loading is from -1 to 1' });

export const riskSchema = z
  .strictObject({
    id: idSchema,
    title: z.string().max(500).optional(),
    category: z.enum(RISK_CATEGORIES).default('other'),
    partners: z
      .array(idSchema)
      .min(1, { error: 'a risk names the partners it hangs on (at least one)' })
      .max(1000)
      .meta({ description: 'the loss applies once when any of these partners is selected' }),
    likelihood: boundedNumber()
      .min(0, { error: 'a likelihood is a probability from 0 to 1' })
      .max(1, { error: 'a likelihood is a probability from 0 to 1' }),
    impact: distributionSchema.meta({
      description: 'the loss when the event happens, in the spec unit (≥ 0 expected)',
    }),
    factors: z.record(idSchema, loading).default({}).meta({
      description:
        'loadings on shared risk factors: two events on one factor have latent correlation a·b',
    }),
  })
  .superRefine((risk, ctx) => {
    const squares = Object.values(risk.factors).reduce((s, a) => s + a * a, 0);
    if (squares <= 1 + 1e-12) return;
    ctx.addIssue({
      code: 'custom',
      path: ['factors'],
      params: { code: 'loadings_too_large' },
      message: `the squared loadings add up to ${squares.toFixed(4)}, more than 1; lower them so that their squares add up to at most 1`,
    });
  });

export type RiskInput = z.input<typeof riskSchema>;
export type RiskOutput = z.output<typeof riskSchema>;
