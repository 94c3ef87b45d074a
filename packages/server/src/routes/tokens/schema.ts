import { z } from 'zod';

export const tokenSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
  })
  .meta({ id: 'ApiToken' });

export const createTokenBody = z.object({ name: z.string().trim().min(1).max(200) });

export const createdTokenSchema = tokenSchema.extend({
  token: z
    .string()
    .meta({ description: 'the secret, shown this once: `Authorization: Bearer <token>`' }),
});

export const tokenParams = z.object({ id: z.string().min(1).max(100) });
