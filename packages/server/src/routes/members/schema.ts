import { z } from 'zod';
import { roleSchema, slugParam } from '../shared-schema.js';

export const memberSchema = z
  .object({ email: z.string(), name: z.string(), role: roleSchema, since: z.string() })
  .meta({ id: 'Member' });

export const addMemberBody = z.object({ email: z.string().min(3).max(320), role: roleSchema });

export const memberParams = slugParam.extend({ email: z.string().min(3).max(320) });

export const changeRoleBody = z.object({ role: roleSchema });
