/** An agreement file: the agreement and its ledger of events, in one YAML or JSON document. */
import { z } from 'zod';
import { agreementSchema } from './agreement-schema.js';
import { ledgerEventSchema } from './event-schema.js';

export const agreementFileSchema = z
  .strictObject({
    version: z.literal(1),
    agreement: agreementSchema,
    events: z.array(ledgerEventSchema).default([]),
  })
  .meta({ description: 'a Partnerfolio agreement file' });

export type AgreementFile = z.output<typeof agreementFileSchema>;
