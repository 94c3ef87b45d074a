/**
 * Messages of the plan-against-actual charts (keys `screen.planActual.*`): the partner
 * page's plan against actual per quarter and the dashboard's current S over time. The
 * Chinese dictionary is typed by the English one: a missing or extra key fails the typecheck.
 */
const en = {
  'screen.planActual.title': 'Plan against actual',
  'screen.planActual.help':
    'Per quarter: the plan in force (a review’s plan covering the quarter, else the partner’s expected annual cost and return, scaled by days) against the net of its agreements’ settlement lines, as a review reads them.',
  'screen.planActual.sTitle': 'Current S over time',
  'screen.planActual.sHelp':
    'S of the running portfolio (partners active or under review) per quarter: planned is the sum of their planned nets; realised is our side of their agreements’ settlement lines (each agreement once) plus items off the ledger with evidence.',
  'screen.planActual.quarter': '{year} Q{quarter}',
  'screen.planActual.soFar': '{label} (so far)',
  'screen.planActual.period': 'Quarter',
  'screen.planActual.planned': 'Planned net',
  'screen.planActual.actual': 'Actual net',
  'screen.planActual.plannedS': 'Planned S',
  'screen.planActual.realisedS': 'Realised S',
  'screen.planActual.gap': 'Gap (actual − plan)',
  'screen.planActual.gapBand': 'Gap',
  'screen.planActual.source': 'Source of the actual',
  'screen.planActual.planSource': 'Plan from',
  'screen.planActual.source.ledger': 'Ledger ({lines} settlement lines)',
  'screen.planActual.source.off-ledger':
    'Ledger ({ledger}) and {items} items off it, with evidence',
  'screen.planActual.source.typed': 'Typed in a review: {reason} (the ledger said {ledger})',
  'screen.planActual.planSource.review': 'A review’s plan',
  'screen.planActual.planSource.estimate': 'The estimate',
  'screen.planActual.planSource.none': 'No estimate',
  'screen.planActual.planSource.estimateOf': 'The estimate v{version}, saved {since}',
  'screen.planActual.planSource.estimateBackdated':
    'The estimate v{version}, saved {since} (the first on record, standing for earlier quarters)',
  'screen.planActual.chartLabel':
    'Plan against actual over {count} quarters: planned net {planned} and actual net {actual} in total.',
  'screen.planActual.sChartLabel':
    'S over {count} quarters: planned {planned} and realised {actual} in the latest, {last}.',
  'screen.planActual.tableCaption': 'The figures of the chart',
  'screen.planActual.empty':
    'No quarters yet: the chart starts with the partner’s first agreement or review.',
  'screen.planActual.sEmpty':
    'No running partnerships with agreements yet: current S over time starts with the first.',
  'screen.planActual.inUnit':
    'Every figure in {unit} (the workspace’s value unit; the ledger converted to it).',
  'screen.planActual.incomparable': 'Plan and actual cannot be compared: {because}.',
} as const;

const zhCN: { readonly [K in keyof typeof en]: string } = {
  'screen.planActual.title': '计划与实际',
  'screen.planActual.help':
    '按季度：当期有效的计划（覆盖该季度的评估计划，否则为合作伙伴的年度预期成本与回报按天数折算）对比其协议结算明细的净值，与评估读取的方式相同。',
  'screen.planActual.sTitle': '当前 S 随时间的变化',
  'screen.planActual.sHelp':
    '运行中组合（活跃或评估中的合作伙伴）每季度的 S：计划值为其计划净值之和；实际值为其协议结算明细中我方一侧（每份协议只计一次）加上有证据的账外项目。',
  'screen.planActual.quarter': '{year} 年第 {quarter} 季度',
  'screen.planActual.soFar': '{label}（至今）',
  'screen.planActual.period': '季度',
  'screen.planActual.planned': '计划净值',
  'screen.planActual.actual': '实际净值',
  'screen.planActual.plannedS': '计划 S',
  'screen.planActual.realisedS': '实际 S',
  'screen.planActual.gap': '差距（实际 − 计划）',
  'screen.planActual.gapBand': '差距',
  'screen.planActual.source': '实际值来源',
  'screen.planActual.planSource': '计划来源',
  'screen.planActual.source.ledger': '台账（{lines} 条结算明细）',
  'screen.planActual.source.off-ledger': '台账（{ledger}）及 {items} 项有证据的账外项目',
  'screen.planActual.source.typed': '评估中手工录入：{reason}（台账为 {ledger}）',
  'screen.planActual.planSource.review': '评估的计划',
  'screen.planActual.planSource.estimate': '预估',
  'screen.planActual.planSource.none': '无预估',
  'screen.planActual.planSource.estimateOf': '预估第 {version} 版，{since} 保存',
  'screen.planActual.planSource.estimateBackdated':
    '预估第 {version} 版，{since} 保存（最早的记录，代表更早的季度）',
  'screen.planActual.chartLabel':
    '{count} 个季度的计划与实际：计划净值合计 {planned}，实际净值合计 {actual}。',
  'screen.planActual.sChartLabel':
    '{count} 个季度的 S：最近一期 {last} 计划 {planned}，实际 {actual}。',
  'screen.planActual.tableCaption': '图表中的数据',
  'screen.planActual.empty': '尚无季度数据：图表从合作伙伴的第一份协议或第一次评估开始。',
  'screen.planActual.sEmpty': '尚无带协议的运行中合作：当前 S 随时间的变化从第一份开始。',
  'screen.planActual.inUnit': '所有数字以 {unit} 计（工作区的价值单位；台账已换算）。',
  'screen.planActual.incomparable': '计划与实际无法比较：{because}。',
};

export const planActualMessages = { en, zhCN };
