import { z } from 'zod';
import { SCENARIO_KINDS, scenarioInputSchema } from '../../store/scenarios.js';
import { pageQuery, slugParam } from '../shared-schema.js';

export const scenarioSummarySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(SCENARIO_KINDS),
    criteriaVersion: z.int().nullable(),
    inputs: z.unknown(),
    createdAt: z.string(),
    createdBy: z.string().nullable(),
  })
  .meta({ id: 'ScenarioSummary' });

export const scenarioSchema = scenarioSummarySchema
  .extend({ result: z.unknown() })
  .meta({ id: 'Scenario' });

export const scenarioPage = z.object({
  items: z.array(scenarioSummarySchema),
  total: z.int(),
  limit: z.int(),
  offset: z.int(),
});

export const scenarioQuery = z.object({ ...pageQuery, kind: z.enum(SCENARIO_KINDS).optional() });
export const scenarioParams = slugParam.extend({ id: z.string().min(1).max(100) });
export const saveScenarioBody = scenarioInputSchema;
