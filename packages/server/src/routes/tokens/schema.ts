import { z } from 'zod';

export const tokenSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
    expiresAt: z.string().nullable(),
    scope: z.enum(['read', 'write']),
    workspace: z.string().nullable().meta({ description: 'the one workspace it reaches' }),
  })
  .meta({ id: 'ApiToken' });

export const createTokenBody = z.object({
  name: z.string().trim().min(1).max(200),
  scope: z
    .enum(['read', 'write'])
    .default('write')
    .meta({ description: '`read`: the token only reads (GET)' }),
  workspace: z
    .string()
    .min(1)
    .max(63)
    .optional()
    .meta({ description: 'bind the token to this workspace (a slug you are a member of)' }),
  expiresInDays: z
    .int()
    .min(1)
    .max(366)
    .optional()
    .meta({ description: 'lifetime in days (default: the server’s, 90 days)' }),
});

export const createdTokenSchema = tokenSchema.extend({
  token: z
    .string()
    .meta({ description: 'the secret, shown this once: `Authorization: Bearer <token>`' }),
});

export const tokenParams = z.object({ id: z.string().min(1).max(100) });
