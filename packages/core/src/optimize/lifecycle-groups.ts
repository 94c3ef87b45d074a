import { statusOf } from '../model/reallocation.js';
import { message } from '../util/message.js';
import { isExcludedStatus } from '../workspace/lifecycle.js';
import type { ConstraintGroup, GroupContext } from './constraint-group.js';

/**
 * `exiting`, `exited` and `rejected` partners may not be chosen unless `constraints.include`
 * names them: one group per such partner, named by its status's path, so an infeasibility
 * explanation can say "c is exited" when leaving it out is what breaks a constraint.
 */
export function lifecycleGroups(ctx: GroupContext): ConstraintGroup[] {
  const include = new Set(ctx.portfolio.constraints.include);
  const groups: ConstraintGroup[] = [];
  ctx.portfolio.partners.forEach((p, i) => {
    const status = statusOf(p);
    if (!isExcludedStatus(status) || include.has(p.id)) return;
    groups.push({
      path: `partners[${i}].status`,
      rows: [],
      fixes: [{ column: i, value: 0 }],
      partners: [i],
      describe: () => message(`optimize.status.${status}`, { partner: p.id }),
    });
  });
  return groups;
}
