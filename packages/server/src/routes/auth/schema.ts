import { z } from 'zod';
import { userSchema } from '../shared-schema.js';

export const loginBody = z.object({
  email: z.string().min(1).max(320),
  password: z.string().min(1).max(1024),
});

export const loginResponse = z.object({
  user: userSchema,
  csrfToken: z.string().meta({ description: 'send it as the x-csrf-token header on every change' }),
  expiresAt: z.string(),
});

export const sessionResponse = z.object({
  user: userSchema,
  via: z.enum(['session', 'token']),
  csrfToken: z.string().optional().meta({ description: 'for cookie sessions' }),
  expiresAt: z.string().optional(),
});

export const changePasswordBody = z.object({
  currentPassword: z.string().min(1).max(1024),
  newPassword: z.string().min(1).max(1024),
});

export const securityEventSchema = z
  .object({
    id: z.string(),
    at: z.string(),
    event: z.string(),
    outcome: z.string(),
    actor: z.string().nullable(),
    address: z.string().nullable(),
    detail: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'SecurityEvent' });
