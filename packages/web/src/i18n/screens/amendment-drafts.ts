/**
 * Messages of the draft amendments a review opens (keys `screen.drafts.*`): shown on the
 * agreement's amendments tab, in the draft's editor, and in the review that opened one.
 */
const en = {
  'screen.drafts.status': 'draft',
  'screen.drafts.openedBy': 'Opened by {who} on {date}',
  'screen.drafts.openedBySomeone': 'Opened on {date}',
  'screen.drafts.because':
    'because the review of {partner} for {start} – {end} decided “{decision}”',
  'screen.drafts.openReview': 'Open the review',
  'screen.drafts.unchanged':
    'Nothing changed yet: edit the terms, then propose them to the partner.',
  'screen.drafts.edit': 'Edit the draft',
  'screen.drafts.editTitle': 'Draft amendment, version {version}',
  'screen.drafts.editHelp':
    'Edit the terms as they should be from the effective date; the agreement’s id, type and parties stay. The difference from the terms in force shows below as you type.',
  'screen.drafts.inForce': 'Terms in force: version {version}, from {date}',
  'screen.drafts.diff': 'What changes against the terms in force',
  'screen.drafts.noDiff': 'No difference from the terms in force yet.',
  'screen.drafts.save': 'Save the draft',
  'screen.drafts.saved': 'Draft saved.',
  'screen.drafts.propose': 'Propose to the partner',
  'screen.drafts.proposed': 'Amendment proposed: every party is asked to accept it.',
  'screen.drafts.discard': 'Discard the draft',
  'screen.drafts.discardConfirm': 'Discard this draft? The terms in force stay as they are.',
  'screen.drafts.discarded': 'Draft discarded.',
  'screen.drafts.close': 'Close the editor',
  'screen.drafts.problems': 'The draft was not saved:',
  'screen.drafts.pending': 'A draft amendment (version {version}) awaits your edits.',
  'screen.drafts.goToDraft': 'Open the draft',
  'screen.drafts.reviewOpened': 'Draft amendment opened: {agreement}, version {version}',
} as const;

const zhCN: { readonly [K in keyof typeof en]: string } = {
  'screen.drafts.status': '草稿',
  'screen.drafts.openedBy': '由 {who} 于 {date} 创建',
  'screen.drafts.openedBySomeone': '于 {date} 创建',
  'screen.drafts.because': '因为对 {partner} 在 {start} – {end} 的评审决定“{decision}”',
  'screen.drafts.openReview': '打开该评审',
  'screen.drafts.unchanged': '尚未修改：请先编辑条款，再向合作伙伴提议。',
  'screen.drafts.edit': '编辑草稿',
  'screen.drafts.editTitle': '修订草稿，版本 {version}',
  'screen.drafts.editHelp':
    '按生效日期起应有的样子编辑条款；协议的编号、类型和各方保持不变。与现行条款的差异会在下方随输入显示。',
  'screen.drafts.inForce': '现行条款：版本 {version}，自 {date} 起',
  'screen.drafts.diff': '与现行条款相比的变化',
  'screen.drafts.noDiff': '与现行条款尚无差异。',
  'screen.drafts.save': '保存草稿',
  'screen.drafts.saved': '草稿已保存。',
  'screen.drafts.propose': '向合作伙伴提议',
  'screen.drafts.proposed': '修订已提议：各方将被请求接受。',
  'screen.drafts.discard': '放弃草稿',
  'screen.drafts.discardConfirm': '放弃此草稿？现行条款保持不变。',
  'screen.drafts.discarded': '草稿已放弃。',
  'screen.drafts.close': '关闭编辑器',
  'screen.drafts.problems': '草稿未保存：',
  'screen.drafts.pending': '有一份修订草稿（版本 {version}）等待您编辑。',
  'screen.drafts.goToDraft': '打开草稿',
  'screen.drafts.reviewOpened': '已创建修订草稿：{agreement}，版本 {version}',
};

export const amendmentDraftsMessages = { en, zhCN };
