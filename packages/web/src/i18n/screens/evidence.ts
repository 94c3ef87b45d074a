/**
 * Messages of the Evidence screen (keys `screen.evidence.*`): attribution of an outcome to
 * a partnership on stored outcome series. The Chinese dictionary is typed by the English one.
 */
const en = {
  'screen.evidence.description':
    'What each partnership caused: outcomes of the units it touched against a counterfactual from those it did not (DiD, synthetic control, synthetic DiD), with a placebo interval.',
  'screen.evidence.emptyTitle': 'No outcome series yet',
  'screen.evidence.emptyDescription':
    'Attribution compares units a partnership touched (product lines, regions, partners) with units it did not, over time, to estimate what the partnership caused.',
  'screen.evidence.emptyStepImport':
    'Import a CSV or XLSX file with one row per unit and period and a column per outcome (revenue, users, ...), or enter the values here.',
  'screen.evidence.emptyStepLink':
    'Mark the treated units with a 0/1 column and name the agreement whose start treats them.',
  'screen.evidence.import': 'Import outcomes',
  'screen.evidence.importTitle': 'Import outcomes from CSV or XLSX',
  'screen.evidence.importFile': 'CSV (comma, semicolon or tab separated) or XLSX file',
  'screen.evidence.importUnit': 'Unit column',
  'screen.evidence.importTime': 'Period column',
  'screen.evidence.importOutcomes': 'Outcome columns',
  'screen.evidence.importTreated': 'Treated column (0/1, optional)',
  'screen.evidence.importAgreement': 'Agreement that treats the marked units',
  'screen.evidence.importKind': 'Kind of unit (line, region, partner, ...)',
  'screen.evidence.importRun': 'Import',
  'screen.evidence.importDone': 'Imported {points} observations of {units} units.',
  'screen.evidence.importCellError': 'Row {line}, column {column}: {message}',
  'screen.evidence.none': '(none)',
  'screen.evidence.enter': 'Enter values',
  'screen.evidence.entryTitle': 'Enter or edit outcome values',
  'screen.evidence.entryOutcome': 'Outcome (pick one or name a new one)',
  'screen.evidence.entryUnit': 'Unit',
  'screen.evidence.entryPeriod': 'Period',
  'screen.evidence.entryValue': 'Value',
  'screen.evidence.entryValueOf': 'Value of {unit} in {period}',
  'screen.evidence.entryAddTitle': 'Add an observation',
  'screen.evidence.entryAdd': 'Add',
  'screen.evidence.entrySave': 'Save {count} changes',
  'screen.evidence.entrySaved': 'Saved {points} observations.',
  'screen.evidence.entryEmpty': 'No observations of this outcome yet: add the first below.',
  'screen.evidence.entryTruncated':
    'Showing the first {count} observations; import a file to change the others.',
  'screen.evidence.entry.error.required': 'Required.',
  'screen.evidence.entry.error.too_long': 'At most 200 characters.',
  'screen.evidence.entry.error.not_a_period':
    'A calendar period: 2025, 2025-03, 2025-03-31 or 2025-Q1.',
  'screen.evidence.entry.error.not_a_number': 'A number, such as 12.5 or -3.',

  'screen.evidence.outcome': 'Outcome',
  'screen.evidence.agreement': 'Partnership (agreement)',
  'screen.evidence.method': 'Method',
  'screen.evidence.method.sdid': 'Synthetic DiD',
  'screen.evidence.method.sc': 'Synthetic control',
  'screen.evidence.method.did': 'Difference-in-differences',
  'screen.evidence.placebo': 'Placebo replications',
  'screen.evidence.seed': 'Seed',
  'screen.evidence.run': 'Estimate',
  'screen.evidence.noAgreement':
    'No unit is linked to an agreement yet: import outcomes with a treated column and an agreement.',
  'screen.evidence.seriesInfo':
    '{units} units, {periods} periods ({from} to {to}); {treated} linked to this agreement, treated from {start}.',

  'screen.evidence.effect': 'Effect per period',
  'screen.evidence.interval': '95% interval {low} to {high}',
  'screen.evidence.noInterval': 'no interval (too few controls for the placebo standard error)',
  'screen.evidence.design':
    '{treated} treated, {controls} controls, {pre} periods before and {post} after; standard error {se}.',
  'screen.evidence.plain.positive':
    'After the partnership started, {outcome} of the treated units was {effect} a period above what comparable units predict.',
  'screen.evidence.plain.negative':
    'After the partnership started, {outcome} of the treated units was {effect} a period below what comparable units predict.',
  'screen.evidence.plain.uncertain':
    'The interval includes zero: the data do not show that the partnership changed {outcome}.',
  'screen.evidence.plain.sure': 'The interval excludes zero.',
  'screen.evidence.pathTitle': 'Treated and counterfactual over time',
  'screen.evidence.pathLabel':
    'Line chart: the mean of the treated units and its counterfactual over {periods} periods, with the treatment start at {start}.',
  'screen.evidence.treated': 'Treated',
  'screen.evidence.counterfactual': 'Counterfactual',
  'screen.evidence.start': 'Partnership starts',
  'screen.evidence.placeboTitle': 'Placebo distribution',
  'screen.evidence.placeboLabel':
    'Histogram of {count} placebo estimates (treatment given to control units), with the estimate {estimate} marked.',
  'screen.evidence.placeboNote':
    'Each bar counts placebo estimates: the same method with the treatment given to control units at random. An estimate far outside them is unlikely to be chance.',
  'screen.evidence.estimate': 'Estimate',
  'screen.evidence.count': 'Placebos',
  'screen.evidence.eventTitle': 'Event study',
  'screen.evidence.eventLabel':
    'Event study: the treated-minus-control gap by period relative to the start, with 95% bars; {count} periods.',
  'screen.evidence.eventNote':
    'The gap between treated and control units, period by period, relative to the last period before the start. Before the start the points should hover around zero.',
  'screen.evidence.relative': 'Periods from the start',
  'screen.evidence.weightsTitle': 'Weights',
  'screen.evidence.unitWeights': 'Control units',
  'screen.evidence.timeWeights': 'Pre-treatment periods',
  'screen.evidence.unit': 'Unit',
  'screen.evidence.period': 'Period',
  'screen.evidence.weight': 'Weight',
  'screen.evidence.caveatsTitle': 'Caveats',
  'screen.evidence.noCaveats':
    'No warning: the design has enough controls and periods, and the trends before the start were parallel.',
  'screen.evidence.caveat.few_controls':
    'Few comparison units: the interval rests on few placebo re-assignments; read it as rough.',
  'screen.evidence.caveat.few_pre_periods':
    'Few periods before the start: the weights and the check of trends have little to go on.',
  'screen.evidence.caveat.placebo_impossible':
    'There are not more comparison units than treated ones, so no interval can be computed.',
  'screen.evidence.caveat.pre_trend':
    'Treated and comparison units were already drifting apart before the start: parallel trends are doubtful; prefer synthetic DiD or synthetic control.',
  'screen.evidence.caveat.other': 'Warning ({code}): {message}',
  'screen.evidence.exportJson': 'Export JSON',
  'screen.evidence.exportCsv': 'Export CSV',
  'screen.evidence.exportOutcomes': 'All outcomes (CSV)',
  'screen.evidence.learnTitle': 'Which criteria predicted success?',
  'screen.evidence.learnIntro':
    'From past partnerships: how well each criterion score, as it was assessed when the partner was selected, ranked partners by the success they went on to have, and the weights that would have ranked them best.',
  'screen.evidence.successMeasure': 'Success measured by',
  'screen.evidence.success.realised-net': 'Realised net value (reviews)',
  'screen.evidence.success.settled-net': 'Settled net (ledger statements)',
  'screen.evidence.success.attributed-effect': 'Attributed effect (causal estimate)',
  'screen.evidence.successName.realised-net': 'realised net value in reviews',
  'screen.evidence.successName.settled-net': 'net settled in ledger statements',
  'screen.evidence.successName.attributed-effect': 'effect attributed on {outcome}',
  'screen.evidence.learnOutcome': 'Outcome of the effect',
  'screen.evidence.learnRun': 'Learn from history',
  'screen.evidence.learn.too_few_reviewed':
    'Not enough evidence yet: {reviewed} partnerships have a {measure} and scores recorded when they were selected; at least {needed} are needed before rank correlations mean anything.',
  'screen.evidence.learn.no_variation':
    'Not enough evidence yet: the {reviewed} partnerships all have the same {measure}, so nothing separates good from poor choices.',
  'screen.evidence.learnReviewed':
    'Learned from {reviewed} partnerships, scored as they were when selected (success: {measure}).',
  'screen.evidence.learnUnscored':
    '{count} of the {measured} partnerships with this measure were left out: no scores had been recorded when they were selected ({partners}).',
  'screen.evidence.criterion': 'Criterion',
  'screen.evidence.rho': 'Rank correlation',
  'screen.evidence.rhoInterval': '95% interval',
  'screen.evidence.today': 'Today’s weight',
  'screen.evidence.proposed': 'Proposed weight',
  'screen.evidence.fitSummary':
    'Rank correlation with success: today’s weights {today}, proposed {proposed} (fit on the history), {loo} when each partner is left out of the fit.',
  'screen.evidence.changesTitle': 'Partners whose rank would change',
  'screen.evidence.noChanges': 'No partner’s rank would change.',
  'screen.evidence.partner': 'Partner',
  'screen.evidence.rankToday': 'Rank today',
  'screen.evidence.rankProposed': 'Rank with proposed weights',
  'screen.evidence.adopt': 'Adopt as a new criteria version',
  'screen.evidence.adopted': 'Saved as criteria version {version}.',
} as const;

const zhCN: { readonly [K in keyof typeof en]: string } = {
  'screen.evidence.description':
    '每项合作带来了什么：以未受合作影响的单元构造反事实，与受影响单元的结果比较（双重差分、合成控制、合成双重差分），并给出安慰剂区间。',
  'screen.evidence.emptyTitle': '还没有结果序列',
  'screen.evidence.emptyDescription':
    '归因分析将合作覆盖的单元（产品线、地区、伙伴）与未覆盖的单元随时间比较，估计合作带来的影响。',
  'screen.evidence.emptyStepImport':
    '导入 CSV 或 XLSX 文件：每个单元每期一行，每个结果指标一列（收入、用户数等）；或在此直接录入。',
  'screen.evidence.emptyStepLink':
    '用 0/1 列标出受处理的单元，并指定以其开始日期作为处理起点的协议。',
  'screen.evidence.import': '导入结果数据',
  'screen.evidence.importTitle': '从 CSV 或 XLSX 导入结果数据',
  'screen.evidence.importFile': 'CSV（逗号、分号或制表符分隔）或 XLSX 文件',
  'screen.evidence.importUnit': '单元列',
  'screen.evidence.importTime': '期间列',
  'screen.evidence.importOutcomes': '结果指标列',
  'screen.evidence.importTreated': '处理列（0/1，可选）',
  'screen.evidence.importAgreement': '处理所标单元的协议',
  'screen.evidence.importKind': '单元类型（产品线、地区、伙伴等）',
  'screen.evidence.importRun': '导入',
  'screen.evidence.importDone': '已导入 {units} 个单元的 {points} 条观测。',
  'screen.evidence.importCellError': '第 {line} 行第 {column} 列：{message}',
  'screen.evidence.none': '（无）',
  'screen.evidence.enter': '录入数值',
  'screen.evidence.entryTitle': '录入或修改结果数值',
  'screen.evidence.entryOutcome': '结果指标（选择已有的或输入新名称）',
  'screen.evidence.entryUnit': '单元',
  'screen.evidence.entryPeriod': '期间',
  'screen.evidence.entryValue': '数值',
  'screen.evidence.entryValueOf': '{unit} 在 {period} 的数值',
  'screen.evidence.entryAddTitle': '添加一条观测',
  'screen.evidence.entryAdd': '添加',
  'screen.evidence.entrySave': '保存 {count} 处更改',
  'screen.evidence.entrySaved': '已保存 {points} 条观测。',
  'screen.evidence.entryEmpty': '此结果指标还没有观测：请在下方添加第一条。',
  'screen.evidence.entryTruncated': '仅显示前 {count} 条观测；其余请通过导入文件修改。',
  'screen.evidence.entry.error.required': '必填。',
  'screen.evidence.entry.error.too_long': '最多 200 个字符。',
  'screen.evidence.entry.error.not_a_period':
    '须为日历期间：2025、2025-03、2025-03-31 或 2025-Q1。',
  'screen.evidence.entry.error.not_a_number': '须为数字，例如 12.5 或 -3。',

  'screen.evidence.outcome': '结果指标',
  'screen.evidence.agreement': '合作（协议）',
  'screen.evidence.method': '方法',
  'screen.evidence.method.sdid': '合成双重差分',
  'screen.evidence.method.sc': '合成控制',
  'screen.evidence.method.did': '双重差分',
  'screen.evidence.placebo': '安慰剂重复次数',
  'screen.evidence.seed': '随机种子',
  'screen.evidence.run': '估计',
  'screen.evidence.noAgreement': '还没有单元关联到协议：导入带处理列和协议的结果数据。',
  'screen.evidence.seriesInfo':
    '{units} 个单元，{periods} 期（{from} 至 {to}）；{treated} 个关联到此协议，自 {start} 起受处理。',

  'screen.evidence.effect': '每期效应',
  'screen.evidence.interval': '95% 区间 {low} 至 {high}',
  'screen.evidence.noInterval': '无区间（对照单元太少，无法计算安慰剂标准误）',
  'screen.evidence.design':
    '{treated} 个处理单元，{controls} 个对照单元，处理前 {pre} 期、处理后 {post} 期；标准误 {se}。',
  'screen.evidence.plain.positive':
    '合作开始后，处理单元的 {outcome} 每期比可比单元预测的高 {effect}。',
  'screen.evidence.plain.negative':
    '合作开始后，处理单元的 {outcome} 每期比可比单元预测的低 {effect}。',
  'screen.evidence.plain.uncertain': '区间包含零：数据未显示合作改变了 {outcome}。',
  'screen.evidence.plain.sure': '区间不包含零。',
  'screen.evidence.pathTitle': '处理组与反事实随时间变化',
  'screen.evidence.pathLabel':
    '折线图：处理单元均值及其反事实，共 {periods} 期，处理始于 {start}。',
  'screen.evidence.treated': '处理组',
  'screen.evidence.counterfactual': '反事实',
  'screen.evidence.start': '合作开始',
  'screen.evidence.placeboTitle': '安慰剂分布',
  'screen.evidence.placeboLabel':
    '直方图：{count} 个安慰剂估计（把处理分配给对照单元），标出估计值 {estimate}。',
  'screen.evidence.placeboNote':
    '每根柱子统计安慰剂估计：同一方法，把处理随机分配给对照单元。远离它们的估计不太可能是偶然。',
  'screen.evidence.estimate': '估计值',
  'screen.evidence.count': '安慰剂数',
  'screen.evidence.eventTitle': '事件研究',
  'screen.evidence.eventLabel':
    '事件研究：处理组减对照组的差距，按相对开始的期数，带 95% 误差线；共 {count} 期。',
  'screen.evidence.eventNote':
    '处理单元与对照单元逐期的差距，相对于开始前最后一期。开始之前，这些点应在零附近。',
  'screen.evidence.relative': '相对开始的期数',
  'screen.evidence.weightsTitle': '权重',
  'screen.evidence.unitWeights': '对照单元',
  'screen.evidence.timeWeights': '处理前各期',
  'screen.evidence.unit': '单元',
  'screen.evidence.period': '期间',
  'screen.evidence.weight': '权重',
  'screen.evidence.caveatsTitle': '注意事项',
  'screen.evidence.noCaveats': '没有警告：对照单元和期数足够，开始前趋势平行。',
  'screen.evidence.caveat.few_controls':
    '对照单元较少：区间依赖的安慰剂重分配不多，只能作粗略参考。',
  'screen.evidence.caveat.few_pre_periods': '开始前的期数较少：权重和趋势检验的依据不足。',
  'screen.evidence.caveat.placebo_impossible': '对照单元不多于处理单元，无法计算区间。',
  'screen.evidence.caveat.pre_trend':
    '开始前处理单元与对照单元已在分化：平行趋势存疑；请优先使用合成双重差分或合成控制。',
  'screen.evidence.caveat.other': '警告（{code}）：{message}',
  'screen.evidence.exportJson': '导出 JSON',
  'screen.evidence.exportCsv': '导出 CSV',
  'screen.evidence.exportOutcomes': '全部结果数据（CSV）',
  'screen.evidence.learnTitle': '哪些准则预测了成功？',
  'screen.evidence.learnIntro':
    '基于过往的合作：伙伴入选时各准则的评估得分对其后来成功程度排序的解释程度，以及能最好地排出这一顺序的权重。',
  'screen.evidence.successMeasure': '成功的衡量',
  'screen.evidence.success.realised-net': '实现净值（评审）',
  'screen.evidence.success.settled-net': '结算净额（账本结算单）',
  'screen.evidence.success.attributed-effect': '归因效应（因果估计）',
  'screen.evidence.successName.realised-net': '评审中的实现净值',
  'screen.evidence.successName.settled-net': '账本结算单的结算净额',
  'screen.evidence.successName.attributed-effect': '对 {outcome} 的归因效应',
  'screen.evidence.learnOutcome': '效应的结果指标',
  'screen.evidence.learnRun': '从历史中学习',
  'screen.evidence.learn.too_few_reviewed':
    '证据尚不足：有{measure}且入选时已记录得分的合作只有 {reviewed} 项，至少需要 {needed} 项秩相关才有意义。',
  'screen.evidence.learn.no_variation':
    '证据尚不足：{reviewed} 项合作的{measure}完全相同，无法区分选择的好坏。',
  'screen.evidence.learnReviewed':
    '从 {reviewed} 项合作入选时的得分中学习（成功指标：{measure}）。',
  'screen.evidence.learnUnscored':
    '有此指标的 {measured} 项合作中有 {count} 项未纳入：入选时尚未记录得分（{partners}）。',
  'screen.evidence.criterion': '准则',
  'screen.evidence.rho': '秩相关',
  'screen.evidence.rhoInterval': '95% 区间',
  'screen.evidence.today': '当前权重',
  'screen.evidence.proposed': '建议权重',
  'screen.evidence.fitSummary':
    '与成功的秩相关：当前权重 {today}，建议权重 {proposed}（在历史上拟合），留一验证 {loo}。',
  'screen.evidence.changesTitle': '排名会变化的伙伴',
  'screen.evidence.noChanges': '没有伙伴的排名会变化。',
  'screen.evidence.partner': '伙伴',
  'screen.evidence.rankToday': '当前排名',
  'screen.evidence.rankProposed': '按建议权重的排名',
  'screen.evidence.adopt': '采用为新的准则版本',
  'screen.evidence.adopted': '已保存为准则版本 {version}。',
};

export const evidenceMessages = { en, zhCN };
