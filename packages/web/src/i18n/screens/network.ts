/**
 * Messages of the network screen (keys `screen.network.*`), owned by that screen. The
 * Chinese dictionary is typed by the English one: a missing or extra key fails the typecheck.
 */
const en = {
  'screen.network.emptyTitle': 'No partners to draw yet',
  'screen.network.emptyDescription':
    'The network links partners to the capabilities they offer, the domains they work in, their agreements and each other.',
  'screen.network.emptyStepPartners':
    'Import a portfolio spec or add partners, with their offers and domains, on the Partners screen.',
  'screen.network.emptyStepSynergies':
    'Write down what the portfolio needs (`needs:` in the spec): the coverage matrix then shows the gaps.',
  'screen.network.openPartners': 'Open Partners',

  'screen.network.noGraph':
    'The workspace is not a valid portfolio yet (a partner without scores or estimates?), so the graph cannot answer. Fix it on the Partners screen.',
  'screen.network.tab.coverage': 'Coverage',
  'screen.network.tab.graph': 'Graph',
  'screen.network.tab.critical': 'Single points of failure',
  'screen.network.tab.match': 'Find a partner',
  'screen.network.tab.rules': 'Rules',
  'screen.network.tab.vocabulary': 'Vocabulary',

  'screen.network.kind.academic': 'Academic',
  'screen.network.kind.enterprise': 'Enterprise',
  'screen.network.kind.government': 'Government',
  'screen.network.kind.other': 'Other',

  'screen.network.proposal.title': 'What the proposed portfolio would change',
  'screen.network.proposal.intro':
    'The optimiser’s portfolio beside the partners you run: which needs it would meet, which it would leave open, and who would come and go.',
  'screen.network.proposal.compare': 'Compare with the optimiser’s proposal',
  'screen.network.proposal.editorsOnly': 'Comparing runs the optimiser: editors and owners can.',
  'screen.network.proposal.summary':
    'The proposal ({size} partners) closes {closes} gap(s) and opens {opens}.',
  'screen.network.proposal.noChange': 'The proposal changes no need’s coverage.',
  'screen.network.proposal.need': 'Need',
  'screen.network.proposal.now': 'Now',
  'screen.network.proposal.proposed': 'Proposed',
  'screen.network.proposal.gained': 'Would come',
  'screen.network.proposal.lost': 'Would go',
  'screen.network.proposal.gap': 'Gap',
  'screen.network.proposal.met': 'Met',
  'screen.network.coverage.intro':
    'Domains × capabilities, counted over the partners we run today (active or under review). A need is a required capability with a minimum number of providers.',
  'screen.network.coverage.summary':
    '{gaps} of {needs} needs are short; {single} hang on a single partner.',
  'screen.network.coverage.noNeeds':
    'The portfolio states no needs yet: add `needs:` to the spec to see gaps here.',
  'screen.network.coverage.legendGap': 'Gap: fewer providers than needed',
  'screen.network.coverage.legendSingle': 'One provider only',
  'screen.network.coverage.legendCovered': 'Covered',
  'screen.network.coverage.legendNone': 'No need stated',
  'screen.network.coverage.domain': 'Domain',
  'screen.network.coverage.cellNeed': '{have} of {need}',
  'screen.network.coverage.cellLabel':
    '{domain}, {capability}: {have} running providers, {need} needed, {candidates} candidates. Show the partners.',
  'screen.network.coverage.cellLabelNoNeed':
    '{domain}, {capability}: {have} running providers, no need stated, {candidates} candidates. Show the partners.',
  'screen.network.coverage.cellTitle': '{capability} in {domain}',
  'screen.network.coverage.incumbents': 'Running providers',
  'screen.network.coverage.none': 'None',
  'screen.network.coverage.candidates': '{count} candidates could provide it.',
  'screen.network.coverage.find': 'Find a partner for this',
  'screen.network.coverage.focus': 'Show in the graph',

  'screen.network.focus.pick': 'Focus on',
  'screen.network.focus.placeholder': 'A partner, a capability or a domain',
  'screen.network.focus.hint':
    'The graph shows one node and its neighbours. Click a neighbour to move the focus there; the table below lists the same connections.',
  'screen.network.focus.omitted':
    '{count} more neighbours are left out (the running partners and the best-connected are shown).',
  'screen.network.focus.graphLabel':
    '{name} and {count} neighbours; the table below lists the same nodes and connections.',
  'screen.network.focus.column.node': 'Neighbour',
  'screen.network.focus.column.type': 'Type',
  'screen.network.focus.column.relation': 'Connection',
  'screen.network.focus.column.degree': 'Connections in all',
  'screen.network.focus.open': 'Focus',
  'screen.network.node.organisation': 'Partner',
  'screen.network.node.capability': 'Capability',
  'screen.network.node.domain': 'Domain',
  'screen.network.node.self': 'Our organisation',
  'screen.network.node.agreement': 'Agreement',
  'screen.network.node.person': 'Contact',
  'screen.network.node.ip': 'IP asset',
  'screen.network.node.foreground': 'Foreground IP of {agreement}',
  'screen.network.node.background': 'Background IP: {description}',
  'screen.network.edge.offers': 'offers',
  'screen.network.edge.works-in': 'works in',
  'screen.network.edge.synergy': 'synergy {value}',
  'screen.network.edge.party-to': 'party to ({start} – {end})',
  'screen.network.edge.co-partner': 'co-partners in {agreements}',
  'screen.network.edge.contact-of': 'contact of',
  'screen.network.edge.owns': 'owns {share}',
  'screen.network.edge.under': 'under',
  'screen.network.edge.openEnd': 'open',
  'screen.network.status.running': 'running',

  'screen.network.critical.intro':
    'The running partners ranked by the needs their exit would leave short, then by the needs they serve.',
  'screen.network.critical.column.partner': 'Partner',
  'screen.network.critical.column.kind': 'Kind',
  'screen.network.critical.column.gaps': 'Gaps its exit opens',
  'screen.network.critical.column.serves': 'Needs it serves',
  'screen.network.critical.none': 'None',
  'screen.network.critical.concentration':
    '{count} running partners; concentration (Herfindahl index, 1 = all alike) by kind {kind}, by domain {domain}.',
  'screen.network.critical.empty': 'No partner is running yet (active or under review).',

  'screen.network.match.capability': 'Capability',
  'screen.network.match.domain': 'Domain',
  'screen.network.match.anyDomain': 'Any domain',
  'screen.network.match.submit': 'Find candidates',
  'screen.network.match.need': '{capability}{domain}: {have} of {min} running providers.',
  'screen.network.match.needIn': ' in {domain}',
  'screen.network.match.gap': 'A gap',
  'screen.network.match.met': 'Met',
  'screen.network.match.none': 'No candidate offers this capability.',
  'screen.network.match.score': 'Score {score}',
  'screen.network.match.parts':
    'criteria {criteria} · fills the need {gapFill} · graph proximity {proximity}',
  'screen.network.match.excluded': 'Never proposed: {list}',
  'screen.network.match.resultsLabel': 'Candidates for {capability}',

  'screen.network.fact.offers': 'offers {capability}',
  'screen.network.fact.offersAs': 'offers {capability} (written “{as}”)',
  'screen.network.fact.works-in': 'works in {domain}',
  'screen.network.fact.other-domains': 'offers it only in other domains ({domains})',
  'screen.network.fact.criteria': 'criteria score {score}, rank {rank} of {of}',
  'screen.network.fact.fills-gap': 'fills a gap: {have} of {min} providers today',
  'screen.network.fact.adds-backup': 'adds a backup: already {have} of {min} providers',
  'screen.network.fact.shared-domain': 'shares {domain} with {incumbents} (Adamic–Adar {weight})',
  'screen.network.fact.common-partner':
    'common partner {via} with {incumbents} (Adamic–Adar {weight})',
  'screen.network.fact.synergy': 'synergy {value} with running partner {with}',
  'screen.network.fact.co-partner': 'already works with running partner {with} in {agreements}',
  'screen.network.fact.conflict':
    'negative synergy {value} with running partner {with} (the optimiser weighs it)',

  'screen.network.rules.intro':
    'Rules are gates (they bind the optimiser and block a selection) or advice. Checked here on the running portfolio, or on a consortium you pick.',
  'screen.network.rules.none': 'The portfolio has no rules yet (`rules:` in the spec).',
  'screen.network.rules.running': 'The running portfolio',
  'screen.network.rules.selection': 'Check a consortium',
  'screen.network.rules.selectionPlaceholder': 'Partners in the consortium',
  'screen.network.rules.check': 'Check',
  'screen.network.rules.blocked': 'Blocked: a gate rule fired.',
  'screen.network.rules.passes': 'No gate rule fired.',
  'screen.network.rules.gate': 'gate',
  'screen.network.rules.advice': 'advice',
  'screen.network.rules.fired': 'fired',
  'screen.network.rules.holds': 'holds',
  'screen.network.rules.finding.missing-capability':
    '{partner} needs a selected partner offering {capability}{domain}, and none does',
  'screen.network.rules.finding.too-many':
    '{members}: {count} in one selection, at most {max} allowed',
  'screen.network.rules.finding.too-few':
    '{members}: {count} in the selection, at least {min} needed',
  'screen.network.rules.nobody': 'nobody',

  'screen.network.vocabulary.intro':
    'Capabilities are compared through this vocabulary: a synonym means its term (`capital` is `funding`). Add terms or synonyms and their labels; the defaults stay.',
  'screen.network.vocabulary.defaults': 'Built-in terms',
  'screen.network.vocabulary.added': 'Added by this workspace',
  'screen.network.vocabulary.column.id': 'Term',
  'screen.network.vocabulary.column.synonyms': 'Synonyms (comma-separated)',
  'screen.network.vocabulary.column.en': 'English label',
  'screen.network.vocabulary.column.zh': 'Chinese label',
  'screen.network.vocabulary.add': 'Add a term',
  'screen.network.vocabulary.remove': 'Remove {id}',
  'screen.network.vocabulary.save': 'Save the vocabulary',
  'screen.network.vocabulary.saved': 'The vocabulary is saved.',
  'screen.network.vocabulary.errors': 'The vocabulary was not saved:',
  'screen.network.vocabulary.empty': 'No terms added.',
  'screen.network.vocabulary.readOnly': 'Only owners and editors can change the vocabulary.',
} as const;

const zhCN: { readonly [K in keyof typeof en]: string } = {
  'screen.network.emptyTitle': '还没有可绘制的合作伙伴',
  'screen.network.emptyDescription':
    '网络图把伙伴与其提供的能力、所在的领域、签订的协议相连，并把伙伴彼此相连。',
  'screen.network.emptyStepPartners':
    '在“合作伙伴”页面导入组合规格文件或添加伙伴，填写其能力和领域。',
  'screen.network.emptyStepSynergies':
    '写明组合需要什么（规格中的 `needs:`）：覆盖矩阵随即显示缺口。',
  'screen.network.openPartners': '打开合作伙伴',

  'screen.network.noGraph':
    '此工作区还不是有效的组合（有伙伴缺少评分或估算？），因此关系图无法回答。请在“合作伙伴”页面修正。',
  'screen.network.tab.coverage': '覆盖',
  'screen.network.tab.graph': '关系图',
  'screen.network.tab.critical': '单点依赖',
  'screen.network.tab.match': '寻找伙伴',
  'screen.network.tab.rules': '规则',
  'screen.network.tab.vocabulary': '词表',

  'screen.network.kind.academic': '学术机构',
  'screen.network.kind.enterprise': '企业',
  'screen.network.kind.government': '政府机构',
  'screen.network.kind.other': '其他',

  'screen.network.proposal.title': '建议组合会带来的变化',
  'screen.network.proposal.intro':
    '把优化器给出的组合与正在合作的伙伴并排比较：哪些需求将被满足、哪些会出现缺口，以及谁会加入、谁会离开。',
  'screen.network.proposal.compare': '与优化器的建议比较',
  'screen.network.proposal.editorsOnly': '比较需要运行优化器：编辑者和所有者可以操作。',
  'screen.network.proposal.summary':
    '建议组合（{size} 个伙伴）补上 {closes} 个缺口，新增 {opens} 个缺口。',
  'screen.network.proposal.noChange': '建议组合不改变任何需求的覆盖情况。',
  'screen.network.proposal.need': '需求',
  'screen.network.proposal.now': '现在',
  'screen.network.proposal.proposed': '建议后',
  'screen.network.proposal.gained': '将加入',
  'screen.network.proposal.lost': '将离开',
  'screen.network.proposal.gap': '缺口',
  'screen.network.proposal.met': '已满足',
  'screen.network.coverage.intro':
    '领域 × 能力，按当前在合作的伙伴（合作中或评审中）计数。需求是一项必需的能力及其最少提供方数量。',
  'screen.network.coverage.summary':
    '{needs} 项需求中有 {gaps} 项不足；{single} 项只依赖一个伙伴。',
  'screen.network.coverage.noNeeds': '组合尚未写明需求：在规格中添加 `needs:` 后即可在此看到缺口。',
  'screen.network.coverage.legendGap': '缺口：提供方少于所需',
  'screen.network.coverage.legendSingle': '仅一个提供方',
  'screen.network.coverage.legendCovered': '已覆盖',
  'screen.network.coverage.legendNone': '未写明需求',
  'screen.network.coverage.domain': '领域',
  'screen.network.coverage.cellNeed': '{have}/{need}',
  'screen.network.coverage.cellLabel':
    '{domain}，{capability}：{have} 个在合作的提供方，需要 {need} 个，{candidates} 个候选。查看伙伴。',
  'screen.network.coverage.cellLabelNoNeed':
    '{domain}，{capability}：{have} 个在合作的提供方，未写明需求，{candidates} 个候选。查看伙伴。',
  'screen.network.coverage.cellTitle': '{domain}领域的{capability}',
  'screen.network.coverage.incumbents': '在合作的提供方',
  'screen.network.coverage.none': '无',
  'screen.network.coverage.candidates': '有 {count} 个候选可以提供。',
  'screen.network.coverage.find': '为此寻找伙伴',
  'screen.network.coverage.focus': '在关系图中查看',

  'screen.network.focus.pick': '聚焦于',
  'screen.network.focus.placeholder': '伙伴、能力或领域',
  'screen.network.focus.hint':
    '关系图显示一个节点及其相邻节点。点击相邻节点可将焦点移过去；下方表格列出相同的连接。',
  'screen.network.focus.omitted':
    '另有 {count} 个相邻节点未显示（优先显示在合作的伙伴和连接最多的节点）。',
  'screen.network.focus.graphLabel':
    '{name} 及其 {count} 个相邻节点；下方表格列出相同的节点和连接。',
  'screen.network.focus.column.node': '相邻节点',
  'screen.network.focus.column.type': '类型',
  'screen.network.focus.column.relation': '连接',
  'screen.network.focus.column.degree': '连接总数',
  'screen.network.focus.open': '聚焦',
  'screen.network.node.organisation': '伙伴',
  'screen.network.node.capability': '能力',
  'screen.network.node.domain': '领域',
  'screen.network.node.self': '本组织',
  'screen.network.node.agreement': '协议',
  'screen.network.node.person': '联系人',
  'screen.network.node.ip': '知识产权',
  'screen.network.node.foreground': '{agreement} 的前景知识产权',
  'screen.network.node.background': '背景知识产权：{description}',
  'screen.network.edge.offers': '提供',
  'screen.network.edge.works-in': '从事',
  'screen.network.edge.synergy': '协同 {value}',
  'screen.network.edge.party-to': '协议方（{start} – {end}）',
  'screen.network.edge.co-partner': '在 {agreements} 中共同合作',
  'screen.network.edge.contact-of': '联系人',
  'screen.network.edge.owns': '拥有 {share}',
  'screen.network.edge.under': '属于',
  'screen.network.edge.openEnd': '未定',
  'screen.network.status.running': '在合作',

  'screen.network.critical.intro':
    '在合作的伙伴按其退出会造成的需求缺口排序，其次按其服务的需求数。',
  'screen.network.critical.column.partner': '伙伴',
  'screen.network.critical.column.kind': '类型',
  'screen.network.critical.column.gaps': '退出会造成的缺口',
  'screen.network.critical.column.serves': '服务的需求',
  'screen.network.critical.none': '无',
  'screen.network.critical.concentration':
    '{count} 个在合作的伙伴；集中度（赫芬达尔指数，1 = 全部相同）：按类型 {kind}，按领域 {domain}。',
  'screen.network.critical.empty': '还没有在合作的伙伴（合作中或评审中）。',

  'screen.network.match.capability': '能力',
  'screen.network.match.domain': '领域',
  'screen.network.match.anyDomain': '任意领域',
  'screen.network.match.submit': '查找候选',
  'screen.network.match.need': '{capability}{domain}：目前 {have}/{min} 个在合作的提供方。',
  'screen.network.match.needIn': '（{domain}领域）',
  'screen.network.match.gap': '缺口',
  'screen.network.match.met': '已满足',
  'screen.network.match.none': '没有候选提供这项能力。',
  'screen.network.match.score': '得分 {score}',
  'screen.network.match.parts': '评价 {criteria} · 填补需求 {gapFill} · 图中邻近 {proximity}',
  'screen.network.match.excluded': '不会被推荐：{list}',
  'screen.network.match.resultsLabel': '{capability} 的候选',

  'screen.network.fact.offers': '提供{capability}',
  'screen.network.fact.offersAs': '提供{capability}（写作“{as}”）',
  'screen.network.fact.works-in': '在{domain}领域工作',
  'screen.network.fact.other-domains': '仅在其他领域提供（{domains}）',
  'screen.network.fact.criteria': '评价得分 {score}，排名 {rank}/{of}',
  'screen.network.fact.fills-gap': '填补缺口：目前 {have}/{min} 个提供方',
  'screen.network.fact.adds-backup': '增加备份：已有 {have}/{min} 个提供方',
  'screen.network.fact.shared-domain': '与 {incumbents} 同在{domain}领域（Adamic–Adar {weight}）',
  'screen.network.fact.common-partner': '与 {incumbents} 有共同伙伴 {via}（Adamic–Adar {weight}）',
  'screen.network.fact.synergy': '与在合作的伙伴 {with} 协同 {value}',
  'screen.network.fact.co-partner': '已与在合作的伙伴 {with} 在 {agreements} 中合作',
  'screen.network.fact.conflict': '与在合作的伙伴 {with} 负协同 {value}（由优化器权衡）',

  'screen.network.rules.intro':
    '规则分为门槛（约束优化器并阻止某个组合）和建议。可在此检查当前在合作的组合，或你选定的联合体。',
  'screen.network.rules.none': '组合还没有规则（规格中的 `rules:`）。',
  'screen.network.rules.running': '当前在合作的组合',
  'screen.network.rules.selection': '检查一个联合体',
  'screen.network.rules.selectionPlaceholder': '联合体中的伙伴',
  'screen.network.rules.check': '检查',
  'screen.network.rules.blocked': '被阻止：有门槛规则被触发。',
  'screen.network.rules.passes': '没有门槛规则被触发。',
  'screen.network.rules.gate': '门槛',
  'screen.network.rules.advice': '建议',
  'screen.network.rules.fired': '已触发',
  'screen.network.rules.holds': '满足',
  'screen.network.rules.finding.missing-capability':
    '{partner} 需要一个入选伙伴提供{capability}{domain}，但没有',
  'screen.network.rules.finding.too-many': '{members}：一个组合中有 {count} 个，最多允许 {max} 个',
  'screen.network.rules.finding.too-few': '{members}：组合中有 {count} 个，至少需要 {min} 个',
  'screen.network.rules.nobody': '无',

  'screen.network.vocabulary.intro':
    '能力通过此词表比较：同义词即表示其词条（`capital` 即 `funding`）。可添加词条或同义词及其标签；内置词条保持不变。',
  'screen.network.vocabulary.defaults': '内置词条',
  'screen.network.vocabulary.added': '本工作区添加的词条',
  'screen.network.vocabulary.column.id': '词条',
  'screen.network.vocabulary.column.synonyms': '同义词（逗号分隔）',
  'screen.network.vocabulary.column.en': '英文标签',
  'screen.network.vocabulary.column.zh': '中文标签',
  'screen.network.vocabulary.add': '添加词条',
  'screen.network.vocabulary.remove': '删除 {id}',
  'screen.network.vocabulary.save': '保存词表',
  'screen.network.vocabulary.saved': '词表已保存。',
  'screen.network.vocabulary.errors': '词表未保存：',
  'screen.network.vocabulary.empty': '尚未添加词条。',
  'screen.network.vocabulary.readOnly': '只有所有者和编辑者可以修改词表。',
};

export const networkMessages = { en, zhCN };
