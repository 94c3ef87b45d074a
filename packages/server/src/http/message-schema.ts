import { MESSAGE_JOINS, type Message, type MessageParam } from '@partnerfolio/core';
import { z } from 'zod';

/**
 * A message as core makes it: a stable code and its values (core's `Message`), so a
 * client can say it in its reader's language. Money and exact quantities are decimal
 * strings (`{ money: "600000.00" }`, `{ exact: "1/3" }`, `{ percent: "0.1" }`).
 */
export const messageSchema: z.ZodType<Message> = z
  .object({
    code: z.string().meta({ description: 'e.g. `settle.revenue.share`' }),
    get params() {
      return z.record(z.string(), messageParamSchema);
    },
  })
  .meta({ id: 'Message' });

export const messageParamSchema: z.ZodType<MessageParam> = z
  .union([
    z.string(),
    z.number(),
    z.object({ money: z.string() }),
    z.object({ exact: z.string() }),
    z.object({ percent: z.string() }),
    z.object({
      get list() {
        return z.array(messageSchema).readonly();
      },
      join: z.enum(MESSAGE_JOINS),
    }),
    z.lazy(() => messageSchema),
  ])
  .meta({ id: 'MessageParam' });
