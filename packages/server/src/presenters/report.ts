/**
 * A report computed from records (core's settlement, a fair-share split, a proof) in its
 * published shape: exactly the schema's output, with any other key the computation keeps
 * dropped. The records themselves are presented field by field (agreement.ts, ...).
 */
import type { z } from 'zod';

export const presentAs =
  <S extends z.ZodType>(schema: S) =>
  (value: z.input<S>): z.output<S> =>
    schema.parse(value);
