/**
 * What each reviewed partnership brought: the sum over its reviews of actual return minus
 * actual cost (the review's realised net value), by partner key.
 */
import { z } from 'zod';
import type { Db } from '../db/connect.js';
import { parseJson } from './canonical-json.js';
import { readTransaction } from './tx.js';

const reviewBody = z.looseObject({
  actual: z.looseObject({ cost: z.number(), return: z.number() }),
});

export function realisedNetByPartner(db: Db, workspaceId: string): Promise<Map<string, number>> {
  return readTransaction(db, async (trx) => {
    const rows = await trx
      .selectFrom('reviews as r')
      .innerJoin('partners as p', 'p.id', 'r.partner_id')
      .select(['p.key', 'r.body'])
      .where('r.workspace_id', '=', workspaceId)
      .execute();
    const net = new Map<string, number>();
    for (const row of rows) {
      const body = reviewBody.safeParse(parseJson<unknown>(row.body));
      if (!body.success) continue;
      const { actual } = body.data;
      net.set(row.key, (net.get(row.key) ?? 0) + actual.return - actual.cost);
    }
    return net;
  });
}
