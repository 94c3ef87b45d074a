/**
 * Messages of the network screen (keys `screen.network.*`), owned by that screen. The
 * Chinese dictionary is typed by the English one: a missing or extra key fails the typecheck.
 */
const en = {
  'screen.network.emptyTitle': 'No partners to draw yet',
  'screen.network.emptyDescription':
    'The network links partners to the capabilities they offer, the domains they work in, and each other through synergies.',
  'screen.network.emptyStepPartners':
    'Import a portfolio spec or add partners, with their offers and domains, on the Partners screen.',
  'screen.network.emptyStepSynergies':
    'Record synergies between partners: they appear here as edges, positive or negative.',
  'screen.network.openPartners': 'Open Partners',

  'screen.network.filterKind': 'Show partners of kind',
  'screen.network.kind.academic': 'Academic',
  'screen.network.kind.enterprise': 'Enterprise',
  'screen.network.kind.government': 'Government',
  'screen.network.kind.other': 'Other',
  'screen.network.category.capability': 'Capability',
  'screen.network.category.domain': 'Domain',
  'screen.network.counts':
    '{partners} partners, {capabilities} capabilities, {domains} domains, {edges} connections',
  'screen.network.omitted':
    'The graph shows {shown} partners (the selected and the most connected); {omitted} more are left out. Narrow the kinds to see others.',
  'screen.network.legendNote':
    'Drag to move, scroll to zoom. Diamonds are capabilities (red: required but missing from the selection), squares are domains; green solid edges are positive synergies, red dashed ones negative; partners in the optimal portfolio are larger, with a thick outline.',
  'screen.network.graphLabel':
    'Network graph of {partners} partners, {capabilities} capabilities and {domains} domains with {edges} connections; the tables below list the same nodes and connections.',
  'screen.network.hint.partner': '{name} ({kind})',
  'screen.network.hint.partnerSelected': '{name} ({kind}), in the optimal portfolio',
  'screen.network.hint.capability': 'Capability: {name}',
  'screen.network.hint.covered': 'Required capability {name}: covered by the selection',
  'screen.network.hint.missing': 'Required capability {name}: missing from the selection',
  'screen.network.hint.domain': 'Domain: {name}',
  'screen.network.hint.synergyPositive': 'Positive synergy, expected {value}',
  'screen.network.hint.synergyNegative': 'Negative synergy, expected {value}',

  'screen.network.coverageTitle': 'Required capabilities',
  'screen.network.noCover':
    'The portfolio requires no capabilities (constraints.cover is empty): add some on the Portfolio screen to check coverage here.',
  'screen.network.noSelection':
    'There is no optimal portfolio at the moment (the constraints conflict), so no capability counts as covered.',
  'screen.network.noSelectionInvalid':
    'The workspace is not a valid portfolio yet, so there is no selection and no capability counts as covered.',
  'screen.network.allCovered': 'The optimal portfolio covers all {count} required capabilities.',
  'screen.network.someMissing':
    '{missing} of {count} required capabilities are missing from the optimal portfolio.',
  'screen.network.covered': 'Covered',
  'screen.network.missing': 'Missing',
  'screen.network.coveredBy': 'by {partners}',

  'screen.network.tablesTitle': 'Nodes and connections',
  'screen.network.partnersTab': 'Partners and centrality',
  'screen.network.edgesTab': 'Connections',
  'screen.network.column.partner': 'Partner',
  'screen.network.column.kind': 'Kind',
  'screen.network.column.selected': 'In the optimal portfolio',
  'screen.network.column.degree': 'Degree',
  'screen.network.column.synergies': 'Synergies',
  'screen.network.column.centrality': 'Degree centrality',
  'screen.network.column.from': 'From',
  'screen.network.column.relation': 'Relation',
  'screen.network.column.to': 'To',
  'screen.network.column.value': 'Expected synergy',
  'screen.network.relation.offers': 'offers',
  'screen.network.relation.domain': 'works in',
  'screen.network.relation.synergy': 'synergy with',
  'screen.network.yes': 'Yes',
  'screen.network.no': 'No',
} as const;

const zhCN: { readonly [K in keyof typeof en]: string } = {
  'screen.network.emptyTitle': '还没有可绘制的合作伙伴',
  'screen.network.emptyDescription':
    '网络图把伙伴与其提供的能力、所在的领域相连，并通过协同效应把伙伴彼此相连。',
  'screen.network.emptyStepPartners':
    '在“合作伙伴”页面导入组合规格文件或添加伙伴，填写其能力和领域。',
  'screen.network.emptyStepSynergies': '记录伙伴之间的协同效应：它们会以正向或负向的边显示在这里。',
  'screen.network.openPartners': '打开合作伙伴',

  'screen.network.filterKind': '显示以下类型的伙伴',
  'screen.network.kind.academic': '学术机构',
  'screen.network.kind.enterprise': '企业',
  'screen.network.kind.government': '政府机构',
  'screen.network.kind.other': '其他',
  'screen.network.category.capability': '能力',
  'screen.network.category.domain': '领域',
  'screen.network.counts':
    '{partners} 个伙伴，{capabilities} 项能力，{domains} 个领域，{edges} 条连接',
  'screen.network.omitted':
    '图中显示 {shown} 个伙伴（入选的和连接最多的）；另有 {omitted} 个未显示。缩小类型范围可查看其他伙伴。',
  'screen.network.legendNote':
    '拖动可移动，滚动可缩放。菱形是能力（红色：要求覆盖但当前组合缺失），方形是领域；绿色实线是正向协同，红色虚线是负向协同；最优组合中的伙伴显示得更大，并带粗轮廓。',
  'screen.network.graphLabel':
    '网络图：{partners} 个伙伴、{capabilities} 项能力、{domains} 个领域，共 {edges} 条连接；下方表格列出相同的节点和连接。',
  'screen.network.hint.partner': '{name}（{kind}）',
  'screen.network.hint.partnerSelected': '{name}（{kind}），在最优组合中',
  'screen.network.hint.capability': '能力：{name}',
  'screen.network.hint.covered': '要求的能力 {name}：已被当前组合覆盖',
  'screen.network.hint.missing': '要求的能力 {name}：当前组合缺失',
  'screen.network.hint.domain': '领域：{name}',
  'screen.network.hint.synergyPositive': '正向协同，期望值 {value}',
  'screen.network.hint.synergyNegative': '负向协同，期望值 {value}',

  'screen.network.coverageTitle': '要求覆盖的能力',
  'screen.network.noCover':
    '组合未要求任何能力（constraints.cover 为空）：在“组合”页面添加后即可在此检查覆盖情况。',
  'screen.network.noSelection': '当前没有最优组合（约束相互冲突），因此没有能力被视为已覆盖。',
  'screen.network.noSelectionInvalid':
    '此工作区还不是有效的组合，因此没有入选伙伴，也没有能力被视为已覆盖。',
  'screen.network.allCovered': '最优组合覆盖了全部 {count} 项要求的能力。',
  'screen.network.someMissing': '{count} 项要求的能力中，最优组合缺失 {missing} 项。',
  'screen.network.covered': '已覆盖',
  'screen.network.missing': '缺失',
  'screen.network.coveredBy': '由 {partners} 提供',

  'screen.network.tablesTitle': '节点与连接',
  'screen.network.partnersTab': '伙伴与中心度',
  'screen.network.edgesTab': '连接',
  'screen.network.column.partner': '伙伴',
  'screen.network.column.kind': '类型',
  'screen.network.column.selected': '在最优组合中',
  'screen.network.column.degree': '度',
  'screen.network.column.synergies': '协同数',
  'screen.network.column.centrality': '度中心性',
  'screen.network.column.from': '起点',
  'screen.network.column.relation': '关系',
  'screen.network.column.to': '终点',
  'screen.network.column.value': '期望协同值',
  'screen.network.relation.offers': '提供',
  'screen.network.relation.domain': '从事',
  'screen.network.relation.synergy': '协同',
  'screen.network.yes': '是',
  'screen.network.no': '否',
};

export const networkMessages = { en, zhCN };
