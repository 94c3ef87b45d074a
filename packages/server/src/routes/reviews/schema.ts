/** The reviews API's bodies, parameters and queries (zod); the answers' schemas are the presenters'. */
import { z } from 'zod';
import { exitStepPatchSchema } from '../../store/exit-plans.js';
import { reviewDraftSchema, reviewInputSchema } from '../../store/reviews/reviews.js';
import { reviewSettingsInputSchema } from '../../store/reviews/settings.js';
import { slugParam, versionSchema } from '../shared-schema.js';

export const partnerParams = slugParam.extend({ key: z.string().min(1).max(200) });

export const reviewQuery = z.object({ partner: z.string().max(200).optional() });
export const createReviewBody = reviewInputSchema;
export const previewReviewBody = reviewDraftSchema;

export const putReviewSettingsBody = reviewSettingsInputSchema.extend({
  version: versionSchema.optional(),
});

export const startExitPlanBody = z.strictObject({
  owner: z.string().max(200).optional(),
  noticeDate: z.iso.date({ error: 'expected a date as YYYY-MM-DD' }).optional(),
});
export const finalSettlementBody = z.strictObject({ owner: z.string().max(200).optional() });

export const exitCostQuery = z.object({
  noticeDate: z.iso.date({ error: 'expected a date as YYYY-MM-DD' }).optional(),
});
export const exitStepParams = partnerParams.extend({ step: z.string().min(1).max(100) });
export const patchExitStepBody = exitStepPatchSchema.extend({ version: versionSchema.optional() });
