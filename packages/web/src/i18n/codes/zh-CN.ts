/**
 * 简体中文 for the server's message codes (core's `MESSAGE_CODES`): settlement
 * explanations, review suggestions, why the partner search passes an organisation over
 * (`graph.excluded.*`) and the exit plan's step titles (`exit.step.*`). `{name}` is one of the message's values, already
 * formatted (money, shares, lists); codes.test.ts fails when a code has no text here or
 * a text names a value the code does not have. English comes from core itself.
 */
import { PARTNER_KINDS } from '../../engine';
import { partnersMessages } from '../screens/partners';
import { zhCNOptimizeCodes } from './zh-CN-optimize';

/** A partner kind inside a message (`partner.kind.*`): the partner screens' own labels. */
const kindCodes = Object.fromEntries(
  PARTNER_KINDS.map((kind) => [
    `partner.kind.${kind}`,
    partnersMessages.zhCN[`screen.partners.kind.${kind}`],
  ]),
);

const revenue = '{source} 的收入 {revenue}（{events} 笔）';

export const zhCNCodes: Readonly<Record<string, string>> = {
  'settle.revenue.nothing_to_share': `${revenue}：无可分配`,
  'settle.revenue.none_due': `${revenue}：无应付分成`,
  'settle.revenue.tier': '{share} × {portion}（档位 {from} – {to}）',
  'settle.revenue.tier_open': '{share} × {portion}（档位 {from} – ∞）',
  'settle.revenue.share': '{pieces} = {amount}',
  'settle.revenue.share_capped': '{pieces} = {amount}；封顶为 {cap}',
  'settle.revenue.to_party': '{amount} 给 {party}',
  'settle.revenue.collector_pays': `支付${revenue}的分成：{to}`,
  'settle.revenue.collector_pays_total': `支付${revenue}的分成：{to} = {total}`,
  'settle.amount.rounded': '{exact} ≈ {rounded}',
  'settle.cost.paid': '支付了 {pool} 费用 {amount}',
  'settle.cost.paid_times': '分 {payments} 次支付了 {pool} 费用 {amount}',
  'settle.cost.usage': '{all} 单位中的 {units} 单位（{share}）',
  'settle.cost.charge': '{total} {pool} 费用的 {basis} = {part}',
  'settle.cost.charge_allotted':
    '{total} {pool} 费用的 {basis} = {part}（精确值 {quota}；分位按最大余数法分配）',
  'settle.milestone.again':
    '里程碑 {id} 于 {dates} 再次报告，但它已在本期之前的 {first} 达成，只支付一次',
  'settle.milestone.reached': '里程碑 {id} 于 {date} 达成',
  'settle.milestone.reached_repeated': '里程碑 {id} 于 {date} 达成（报告 {times} 次；只支付一次）',
  'settle.milestone.paid': '{reached}：由 {payer} 支付 {amount}',
  'settle.milestone.pays': '{reached}：向 {payee} 支付 {amount}',

  'review.metric.netVsPlan': '净值与计划之差',
  'review.metric.net': '净值',
  'review.metric.returnVsPlan': '回报与计划之差',
  'review.metric.costVsPlan': '成本与计划之差',
  'review.metric.trust': '信任分',
  'review.metric.health': '健康度',
  'review.metric.healthGap': '双方健康度差距',
  'review.decision.continue': '继续',
  'review.decision.adjust': '调整',
  'review.decision.renegotiate': '重新谈判',
  'review.decision.exit': '退出',
  'review.rule.exit-net-below-plan-low-trust': '净值连续两期低于计划，且信任分低于 0.5',
  'review.rule.renegotiate-health-gap': '双方在某一健康维度上的评分相差 1.5 分或以上',
  'review.rule.renegotiate-net-below-plan-three-periods':
    '净值连续三期低于计划：问题在条款，而不在年景',
  'review.rule.adjust-net-below-plan': '本期净值低于计划',
  'review.rule.adjust-low-health': '平均健康度低于 3（满分 5）',
  'review.rule.custom': '{description}',
  'review.fact.short': '{metric}：{periods} 期中仅评估了 {reviewed} 期',
  'review.fact.values': '{metric}：{values}（{op} {value}）',
  'review.fact.value': '{period} 为 {value}',
  'review.fact.not_assessed': '{period} 未评估',
  'review.reason.none': '没有规则触发',
  'review.reason.fired': '{suggestion}：规则 {rules} 已触发',
  'review.reason.fired_outranks': '{suggestion}：规则 {rules} 已触发；它优先于 {outranked}',
  'review.reason.rule': '`{id}`（{description}）',
  'review.reason.outranked': '`{id}`（{suggest}）',
  'review.actual.ledger': '净值 {net}，来自 {agreements} 份协议的结算明细及 {offLedger} 项账外项目',
  'review.actual.override': '手动填写，替代账本中的净值 {ledgerNet}：{reason}',
  'exit.cost.milestone':
    '{agreement} 的里程碑 {id}：{amount} 于 {due} 到期，早于通知期结束日 {end}',
  'exit.cost.write_off': '退出 {agreement} 的核销：{amount}',
  'exit.cost.data_return': '返还 {agreement} 共享数据：{amount}',
  'exit.cost.data_delete': '删除 {agreement} 共享数据：{amount}',
  'exit.schedule.notice':
    '{notice} 发出通知；{agreements} 份协议中最后一份于 {end} 结束（通知期最长 {days} 天）',
  'exit.schedule.no_agreement': '{notice} 发出通知；没有运行中的协议规定通知期',
  'review.actual.override_incomparable': '手动填写（{because}）：{reason}',
  'unit.incomparable.points': '工作区的价值单位是 {unit}，不是货币：台账金额无法与之比较',
  'unit.incomparable.unknown':
    '工作区的价值单位“{unit}”未指明货币：台账金额无法与之比较（请写成货币加量级，例如“USD k”）',
  'unit.incomparable.currency':
    '台账以 {currency} 计，而工作区的价值单位是 {unit}：不同货币的金额不做换算',

  'chain.noun.entry': '条目',
  'chain.noun.ledger': '账本条目',
  'chain.unreadable': '{noun} {seq} 已被篡改：无法读取',
  'chain.missing': '{noun} {seq} 缺失：链从 {previous} 直接跳到 {next}',
  'chain.reordered':
    '{noun} {seq} 未接在 {noun} {previous} 之后（prev_hash 不同）：有条目被删除或调换了顺序',
  'chain.altered': '{noun} {seq} 已被篡改：内容与其哈希不符',

  'games.core.too_large': '{players} 名参与者超过了精确计算上限 {limit}：核需要考察每一个联盟',
  'games.core.concave_cost': '凹成本博弈的核非空，且包含其沙普利值',
  'games.core.convex': '凸博弈的核非空，且包含其沙普利值',
  'games.core.shapley_satisfies': '沙普利值满足每一个联盟的条件，因此核非空',
  'games.core.lp_ended': '核的线性规划以“{status}”结束',
  'games.core.unsettled': '行生成在 {rounds} 轮内未能收敛',
  'games.core.voting_zero': '没有联盟能获胜，因此博弈值为零，其核为零分配',
  'games.core.no_veto': '没有否决者：每个参与者都可能被排除在某个获胜联盟之外',
  'games.core.veto_wins': '否决者自身即可获胜，因此其他人都是零贡献者',
  'games.core.veto_needs_others':
    '否决者需要他人才能获胜，而这些人的沙普利值大于 0，在核中却一无所得',

  'graph.excluded.exiting': '状态为退出中',
  'graph.excluded.exited': '状态为已退出',
  'graph.excluded.rejected': '状态为已否决',
  'graph.excluded.constraint': '被 constraints.exclude 排除',

  'exit.step.notice-sent': '按协议要求发出终止通知',
  'exit.step.ip-settled': '处理知识产权：归属、许可与发表',
  'exit.step.data-returned-or-deleted': '返还或删除共享数据，并取得确认',
  'exit.step.final-settlement': '商定并支付最终结算款',
  'exit.step.announcement': '宣布合作关系结束，对内并在需要时对外',
  ...zhCNOptimizeCodes,
  ...kindCodes,
};
