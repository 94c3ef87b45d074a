/**
 * Messages of the ranking screen (keys `screen.ranking.*`), owned by that screen. The
 * Chinese dictionary is typed by the English one: a missing or extra key fails the typecheck.
 */
const en = {
  'screen.ranking.emptyTitle': 'No partners to rank yet',
  'screen.ranking.emptyText':
    'The ranking scores every candidate partner on the selection standard’s criteria.',
  'screen.ranking.emptyStepImport':
    'Import a portfolio spec, or add partners with their scores, on the Partners screen.',
  'screen.ranking.emptyStepCriteria':
    'Set the criteria and their weights on the Selection standard screen.',
  'screen.ranking.invalidTitle': 'The workspace’s data cannot be ranked yet',
  'screen.ranking.methodLabel': 'Method',
  'screen.ranking.method.weighted-sum': 'Weighted sum',
  'screen.ranking.method.topsis': 'TOPSIS',
  'screen.ranking.method.promethee': 'PROMETHEE II',
  'screen.ranking.method.vikor': 'VIKOR',
  'screen.ranking.colNetFlow': 'Net flow φ',
  'screen.ranking.colQ': 'Q (lower is better)',
  'screen.ranking.smaaTitle': 'How sure is this ranking?',
  'screen.ranking.smaaHint':
    'SMAA-2 ranks the partners under {samples} weight vectors drawn at random (all weights summing to 1, or those that fit the order and ranges of an SMAA weighting) and shows how often each partner takes each rank.',
  'screen.ranking.smaaRun': 'Run SMAA with {method}',
  'screen.ranking.smaaRank1': 'Rank 1',
  'screen.ranking.smaaRank2': 'Rank 2',
  'screen.ranking.smaaRank3': 'Rank 3',
  'screen.ranking.smaaLower': 'Rank 4 or lower',
  'screen.ranking.smaaChartLabel':
    'Share of weight samples in which each partner ranks first: {items}',
  'screen.ranking.whatIfTitle': 'What if the weights were different?',
  'screen.ranking.whatIfHint':
    'Move a weight: the others are rescaled in proportion and the ranking follows at once. The band under each slider is its stability interval: the lighter part keeps the first choice first, the darker part keeps the whole order.',
  'screen.ranking.reset': 'Reset to the saved weights',
  'screen.ranking.weightLabel': 'Weight of {name}',
  'screen.ranking.stability':
    'First choice stays first from {topLow} to {topHigh}; the whole order stays from {low} to {high}.',
  'screen.ranking.bandLabel': 'Stability interval of {name}',
  'screen.ranking.timing': 'Re-ranked {count} partners in {ms} ms',
  'screen.ranking.timingFast': 'Re-ranked {count} partners in under {ms} ms',
  'screen.ranking.tableTitle': 'Ranking',
  'screen.ranking.tableLabel': 'The partners ranked best first',
  'screen.ranking.colRank': 'Rank',
  'screen.ranking.colMove': 'Change',
  'screen.ranking.colPartner': 'Partner',
  'screen.ranking.colName': 'Name',
  'screen.ranking.colScore': 'Score',
  'screen.ranking.colCloseness': 'Closeness',
  'screen.ranking.movedUp': '▲ up {places}',
  'screen.ranking.movedDown': '▼ down {places}',
  'screen.ranking.changed': '{count} partners changed rank against the saved weights.',
  'screen.ranking.unchanged': 'Same order as with the saved weights.',
  'screen.ranking.verifying': 'Asking the server to rank with the saved weights…',
  'screen.ranking.verified': 'Verified by the server: same ranks and scores',
  'screen.ranking.disagrees': 'The server’s ranking differs from the browser’s',
  'screen.ranking.verifyFailed': 'The server could not be asked: {message}',
  'screen.ranking.custom':
    'Weights changed here are not saved; set them on the Selection standard screen.',
} as const;

const zhCN: { readonly [K in keyof typeof en]: string } = {
  'screen.ranking.emptyTitle': '还没有可排序的伙伴',
  'screen.ranking.emptyText': '排序按遴选标准的各项指标为每个候选伙伴打分。',
  'screen.ranking.emptyStepImport': '在“合作伙伴”页面导入组合规格文件，或逐个添加伙伴及其得分。',
  'screen.ranking.emptyStepCriteria': '在“遴选标准”页面设定评价指标及其权重。',
  'screen.ranking.invalidTitle': '工作区的数据暂时无法排序',
  'screen.ranking.methodLabel': '方法',
  'screen.ranking.method.weighted-sum': '加权求和',
  'screen.ranking.method.topsis': 'TOPSIS 逼近理想解法',
  'screen.ranking.method.promethee': 'PROMETHEE II 优先级排序法',
  'screen.ranking.method.vikor': 'VIKOR 折衷排序法',
  'screen.ranking.colNetFlow': '净流量 φ',
  'screen.ranking.colQ': 'Q 值（越低越好）',
  'screen.ranking.smaaTitle': '这个排序有多可靠？',
  'screen.ranking.smaaHint':
    'SMAA-2 随机抽取 {samples} 组权重（所有和为 1 的权重，或符合 SMAA 权重设定中顺序与区间的权重），在每组权重下排序，显示每个伙伴取得各个名次的频率。',
  'screen.ranking.smaaRun': '用 {method} 运行 SMAA',
  'screen.ranking.smaaRank1': '第 1 名',
  'screen.ranking.smaaRank2': '第 2 名',
  'screen.ranking.smaaRank3': '第 3 名',
  'screen.ranking.smaaLower': '第 4 名及以后',
  'screen.ranking.smaaChartLabel': '各伙伴在权重样本中排名第一的比例：{items}',
  'screen.ranking.whatIfTitle': '如果权重不同会怎样？',
  'screen.ranking.whatIfHint':
    '拖动某个权重：其他权重按比例缩放，排序随即更新。每个滑块下方的色带是其稳定区间：浅色部分内首选保持第一，深色部分内整个排序保持不变。',
  'screen.ranking.reset': '恢复为已保存的权重',
  'screen.ranking.weightLabel': '{name} 的权重',
  'screen.ranking.stability':
    '首选在 {topLow} 至 {topHigh} 之间保持第一；整个排序在 {low} 至 {high} 之间保持不变。',
  'screen.ranking.bandLabel': '{name} 的稳定区间',
  'screen.ranking.timing': '已重新排序 {count} 个伙伴，用时 {ms} 毫秒',
  'screen.ranking.timingFast': '已重新排序 {count} 个伙伴，用时不到 {ms} 毫秒',
  'screen.ranking.tableTitle': '排序结果',
  'screen.ranking.tableLabel': '伙伴按得分从高到低排列',
  'screen.ranking.colRank': '名次',
  'screen.ranking.colMove': '变化',
  'screen.ranking.colPartner': '伙伴',
  'screen.ranking.colName': '名称',
  'screen.ranking.colScore': '得分',
  'screen.ranking.colCloseness': '贴近度',
  'screen.ranking.movedUp': '▲ 上升 {places}',
  'screen.ranking.movedDown': '▼ 下降 {places}',
  'screen.ranking.changed': '与已保存的权重相比，有 {count} 个伙伴的名次发生了变化。',
  'screen.ranking.unchanged': '与已保存的权重下的排序相同。',
  'screen.ranking.verifying': '正在请服务器按已保存的权重排序…',
  'screen.ranking.verified': '已由服务器核验：名次与得分一致',
  'screen.ranking.disagrees': '服务器的排序与浏览器的不同',
  'screen.ranking.verifyFailed': '无法向服务器核验：{message}',
  'screen.ranking.custom': '此处修改的权重不会保存；请在“遴选标准”页面设定权重。',
};

export const rankingMessages = { en, zhCN };
