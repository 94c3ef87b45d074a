/**
 * Messages of the dashboard screen (keys `screen.dashboard.*`), owned by that screen. The
 * Chinese dictionary is typed by the English one: a missing or extra key fails the typecheck.
 */
const en = {
  'screen.dashboard.emptyTitle': 'No partners in this workspace yet',
  'screen.dashboard.emptyDescription':
    'The dashboard shows the value of your optimal partner portfolio once there are candidates to choose from.',
  'screen.dashboard.emptyStepImport':
    'Import a portfolio spec (YAML or JSON) or a partner spreadsheet on the Partners screen.',
  'screen.dashboard.emptyStepAdd':
    'Or add partners one by one, with their kind, scores, cost and return.',
  'screen.dashboard.emptyStepOptimize':
    'Come back here: the optimal portfolio, its value and its risks appear on their own.',
  'screen.dashboard.openPartners': 'Open Partners',
  'screen.dashboard.openPortfolio': 'Open Portfolio',
  'screen.dashboard.openCriteria': 'Open Selection standard',

  'screen.dashboard.valueTitle': 'Portfolio value S of the optimal portfolio',
  'screen.dashboard.expectedS': 'Expected S ({unit})',
  'screen.dashboard.p5': '5th percentile (p5)',
  'screen.dashboard.p50': 'Median (p50)',
  'screen.dashboard.p95': '95th percentile (p95)',
  'screen.dashboard.sd': 'Standard deviation',
  'screen.dashboard.probLoss': 'Chance of a loss, P(S < 0)',
  'screen.dashboard.cvar5': 'Mean of the worst 5% (CVaR 5%)',
  'screen.dashboard.simulationNote':
    '{scenarios} Monte Carlo scenarios, seed {seed}, over the {count} selected partners. The figures are the server’s; the histogram is the same seeded run computed in your browser.',
  'screen.dashboard.valueAxis': 'S ({unit})',
  'screen.dashboard.scenarioCount': 'Scenarios',
  'screen.dashboard.p5Mark': 'p5 {value}',
  'screen.dashboard.p95Mark': 'p95 {value}',
  'screen.dashboard.histogramLabel':
    'Histogram of the portfolio value S over the Monte Carlo scenarios; the band from p5 = {p5} to p95 = {p95} is highlighted.',

  'screen.dashboard.resourcesTitle': 'Resource use against capacity',
  'screen.dashboard.noResources': 'This workspace declares no resources.',
  'screen.dashboard.resourceUse': '{resource}: {used} of {capacity} ({share})',

  'screen.dashboard.byKind': 'Partners by kind',
  'screen.dashboard.byStatus': 'Partners by status',
  'screen.dashboard.partnerCount': 'Partners',
  'screen.dashboard.countItem': '{label}: {count}',
  'screen.dashboard.byKindLabel': 'Partners by kind: {items}',
  'screen.dashboard.byStatusLabel': 'Partners by status: {items}',
  'screen.dashboard.kind.academic': 'Academic',
  'screen.dashboard.kind.enterprise': 'Enterprise',
  'screen.dashboard.kind.government': 'Government',
  'screen.dashboard.kind.other': 'Other',
  'screen.dashboard.status.candidate': 'Candidate',
  'screen.dashboard.status.negotiating': 'Negotiating',
  'screen.dashboard.status.active': 'Active',
  'screen.dashboard.status.under-review': 'Under review',
  'screen.dashboard.status.exiting': 'Exiting',
  'screen.dashboard.status.exited': 'Exited',
  'screen.dashboard.status.rejected': 'Rejected',

  'screen.dashboard.alertsTitle': 'Alerts',
  'screen.dashboard.alert.none':
    'Nothing needs your attention: the portfolio is feasible and consistent.',
  'screen.dashboard.alert.invalid':
    'The workspace is not a valid portfolio yet, so it cannot be optimised. Fix these first:',
  'screen.dashboard.alert.infeasible':
    'No portfolio meets every constraint. These constraints conflict:',
  'screen.dashboard.alert.timeLimit':
    'The optimiser stopped at its time limit: the portfolio shown may not be optimal (gap {gap}).',
  'screen.dashboard.alert.ahp':
    'The AHP comparisons are inconsistent (consistency ratio {cr}, above 0.1): revise the judgements.',
  'screen.dashboard.alert.negativeNet':
    '{count} partners are expected to cost more than they return:',
  'screen.dashboard.alert.netOf': '{id}: expected net {net}',
  'screen.dashboard.alert.more': 'and {count} more',
  'screen.dashboard.alert.binding':
    'The optimal portfolio uses at least {share} of: {resources}. More of it would allow a better portfolio.',
  'screen.dashboard.alert.loss':
    'The optimal portfolio loses value in {probability} of the scenarios.',

  'screen.dashboard.ops.obligationsTitle': 'Obligations due and overdue',
  'screen.dashboard.ops.noObligations': 'Nothing overdue or due in the next 14 days.',
  'screen.dashboard.ops.overdue': 'Days overdue: {days}',
  'screen.dashboard.ops.dueIn': 'Days left: {days}',
  'screen.dashboard.ops.obligation': '{title} (owed by {owner})',
  'screen.dashboard.ops.reviewsTitle': 'Reviews due',
  'screen.dashboard.ops.noReviews': 'No partnership review is due in the next 30 days.',
  'screen.dashboard.ops.reviewOverdue': 'overdue since {date} (days: {days})',
  'screen.dashboard.ops.reviewDue': 'due {date} (days left: {days})',
  'screen.dashboard.ops.fallingTitle': 'Trust or net falling',
  'screen.dashboard.ops.noneFalling': 'No running partnership is losing trust or net.',
  'screen.dashboard.ops.trustFalling': 'trust falling: {detail}',
  'screen.dashboard.ops.netFalling': 'net falling between the last two reviews: {detail}',
  'screen.dashboard.ops.ledgerTitle': 'The ledger',
  'screen.dashboard.ops.ledgerIntact': 'The hash chain is intact; entries: {entries}.',
  'screen.dashboard.ops.ledgerEmpty': 'Nothing has been recorded yet.',
  'screen.dashboard.ops.ledgerLast': 'Last entry recorded {at}.',
  'screen.dashboard.ops.ledgerBroken': 'The hash chain is broken at entry {seq}.',
  'screen.dashboard.ops.agreements': 'Agreements: {items}.',
  'screen.dashboard.ops.noAgreements': 'No agreements yet.',
  'screen.dashboard.ops.openAgreements': 'Open Agreements',
} as const;

const zhCN: { readonly [K in keyof typeof en]: string } = {
  'screen.dashboard.emptyTitle': '此工作区还没有合作伙伴',
  'screen.dashboard.emptyDescription': '有了候选伙伴之后，仪表盘会显示最优伙伴组合的价值。',
  'screen.dashboard.emptyStepImport':
    '在“合作伙伴”页面导入组合规格文件（YAML 或 JSON）或伙伴表格。',
  'screen.dashboard.emptyStepAdd': '或者逐个添加伙伴，填写类型、评分、成本和回报。',
  'screen.dashboard.emptyStepOptimize': '回到这里：最优组合、其价值和风险会自动显示。',
  'screen.dashboard.openPartners': '打开合作伙伴',
  'screen.dashboard.openPortfolio': '打开组合',
  'screen.dashboard.openCriteria': '打开遴选标准',

  'screen.dashboard.valueTitle': '最优组合的组合价值 S',
  'screen.dashboard.expectedS': 'S 的期望值（{unit}）',
  'screen.dashboard.p5': '第 5 百分位（p5）',
  'screen.dashboard.p50': '中位数（p50）',
  'screen.dashboard.p95': '第 95 百分位（p95）',
  'screen.dashboard.sd': '标准差',
  'screen.dashboard.probLoss': '亏损概率 P(S < 0)',
  'screen.dashboard.cvar5': '最差 5% 的均值（CVaR 5%）',
  'screen.dashboard.simulationNote':
    '{scenarios} 个蒙特卡洛情景，种子 {seed}，覆盖 {count} 个入选伙伴。数值来自服务器；直方图是在您的浏览器中以同一种子计算的同一次模拟。',
  'screen.dashboard.valueAxis': 'S（{unit}）',
  'screen.dashboard.scenarioCount': '情景数',
  'screen.dashboard.p5Mark': 'p5：{value}',
  'screen.dashboard.p95Mark': 'p95：{value}',
  'screen.dashboard.histogramLabel':
    '组合价值 S 在各蒙特卡洛情景下的直方图；高亮区间为 p5 = {p5} 至 p95 = {p95}。',

  'screen.dashboard.resourcesTitle': '资源使用与容量',
  'screen.dashboard.noResources': '此工作区没有声明资源。',
  'screen.dashboard.resourceUse': '{resource}：已用 {used}，容量 {capacity}（{share}）',

  'screen.dashboard.byKind': '按类型的合作伙伴',
  'screen.dashboard.byStatus': '按状态的合作伙伴',
  'screen.dashboard.partnerCount': '伙伴数',
  'screen.dashboard.countItem': '{label}：{count}',
  'screen.dashboard.byKindLabel': '按类型的合作伙伴：{items}',
  'screen.dashboard.byStatusLabel': '按状态的合作伙伴：{items}',
  'screen.dashboard.kind.academic': '学术机构',
  'screen.dashboard.kind.enterprise': '企业',
  'screen.dashboard.kind.government': '政府机构',
  'screen.dashboard.kind.other': '其他',
  'screen.dashboard.status.candidate': '候选',
  'screen.dashboard.status.negotiating': '洽谈中',
  'screen.dashboard.status.active': '合作中',
  'screen.dashboard.status.under-review': '评估中',
  'screen.dashboard.status.exiting': '退出中',
  'screen.dashboard.status.exited': '已退出',
  'screen.dashboard.status.rejected': '已拒绝',

  'screen.dashboard.alertsTitle': '提醒',
  'screen.dashboard.alert.none': '暂无需要处理的事项：组合可行且判断一致。',
  'screen.dashboard.alert.invalid': '此工作区还不是有效的组合，因此无法优化。请先修正以下问题：',
  'screen.dashboard.alert.infeasible': '没有任何组合能满足全部约束。以下约束相互冲突：',
  'screen.dashboard.alert.timeLimit':
    '优化器在时间上限处停止：所示组合可能不是最优（差距 {gap}）。',
  'screen.dashboard.alert.ahp': 'AHP 两两比较不一致（一致性比率 {cr}，高于 0.1）：请修改判断。',
  'screen.dashboard.alert.negativeNet': '{count} 个伙伴的预期成本高于回报：',
  'screen.dashboard.alert.netOf': '{id}：预期净贡献 {net}',
  'screen.dashboard.alert.more': '另有 {count} 个',
  'screen.dashboard.alert.binding':
    '最优组合至少用掉了以下资源的 {share}：{resources}。增加这些资源可得到更好的组合。',
  'screen.dashboard.alert.loss': '最优组合在 {probability} 的情景中价值为负。',

  'screen.dashboard.ops.obligationsTitle': '到期与逾期的义务',
  'screen.dashboard.ops.noObligations': '没有逾期或 14 天内到期的义务。',
  'screen.dashboard.ops.overdue': '逾期 {days} 天',
  'screen.dashboard.ops.dueIn': '{days} 天后到期',
  'screen.dashboard.ops.obligation': '{title}（负责方：{owner}）',
  'screen.dashboard.ops.reviewsTitle': '到期的评估',
  'screen.dashboard.ops.noReviews': '未来 30 天内没有到期的合作评估。',
  'screen.dashboard.ops.reviewOverdue': '自 {date} 起逾期（{days} 天）',
  'screen.dashboard.ops.reviewDue': '{date} 到期（还有 {days} 天）',
  'screen.dashboard.ops.fallingTitle': '信任度或净值下降',
  'screen.dashboard.ops.noneFalling': '没有运行中的合作出现信任度或净值下降。',
  'screen.dashboard.ops.trustFalling': '信任度下降：{detail}',
  'screen.dashboard.ops.netFalling': '最近两次评估之间净值下降：{detail}',
  'screen.dashboard.ops.ledgerTitle': '台账',
  'screen.dashboard.ops.ledgerIntact': '哈希链完整；记录数：{entries}。',
  'screen.dashboard.ops.ledgerEmpty': '尚无任何记录。',
  'screen.dashboard.ops.ledgerLast': '最近一条记录于 {at}。',
  'screen.dashboard.ops.ledgerBroken': '哈希链在第 {seq} 条记录处断裂。',
  'screen.dashboard.ops.agreements': '协议：{items}。',
  'screen.dashboard.ops.noAgreements': '还没有协议。',
  'screen.dashboard.ops.openAgreements': '打开合作协议',
};

export const dashboardMessages = { en, zhCN };
