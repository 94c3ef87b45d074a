import { z } from 'zod';
import { roleSchema } from '../shared-schema.js';

export const invitationSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    role: roleSchema,
    partner: z.string().nullable(),
    invitedBy: z.string(),
    createdAt: z.string(),
    expiresAt: z.string(),
  })
  .meta({ id: 'Invitation' });

export const createInvitationBody = z.object({
  email: z.string().min(3).max(320),
  role: roleSchema,
  partner: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .meta({ description: 'for the partner role: the partner (its key) the invitee speaks for' }),
});

export const createdInvitationSchema = invitationSchema.extend({
  token: z.string().meta({ description: 'the one-time secret of the link, shown this once' }),
  acceptPath: z
    .string()
    .meta({ description: 'the web app path to send the invitee (the token after #)' }),
});

export const invitationParams = z.object({
  slug: z.string().min(1).max(63),
  id: z.string().min(1).max(100),
});

export const tokenBody = z.object({ token: z.string().min(1).max(200) });

export const openInvitationSchema = z.object({
  workspace: z.object({ slug: z.string(), name: z.string() }),
  email: z.string(),
  role: roleSchema,
  partner: z.string().nullable(),
  expiresAt: z.string(),
});

export const acceptBody = z.object({
  token: z.string().min(1).max(200),
  password: z.string().min(1).max(1024).optional().meta({
    description: "a new account's password, or the existing account's when not signed in",
  }),
  name: z.string().trim().min(1).max(200).optional(),
});

export const acceptedSchema = z.object({
  workspace: z.object({ slug: z.string(), name: z.string() }),
  email: z.string(),
  role: roleSchema,
  created: z.boolean().meta({ description: 'whether an account was created' }),
});
