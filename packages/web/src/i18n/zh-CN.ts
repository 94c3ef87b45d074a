/** 简体中文. Typed as `Messages`: a key missing here (or one English lacks) fails the typecheck. */
import type { Messages } from './en';
import { accountsMessages } from './screens/accounts';
import { agreementDetailMessages } from './screens/agreement-detail';
import { agreementsMessages } from './screens/agreements';
import { amendmentDraftsMessages } from './screens/amendment-drafts';
import { criteriaMessages } from './screens/criteria';
import { dashboardMessages } from './screens/dashboard';
import { evidenceMessages } from './screens/evidence';
import { networkMessages } from './screens/network';
import { partnerRunningMessages } from './screens/partner-running';
import { partnerSeatMessages } from './screens/partner-seat';
import { partnersMessages } from './screens/partners';
import { planActualMessages } from './screens/plan-actual';
import { portfolioMessages } from './screens/portfolio';
import { rankingMessages } from './screens/ranking';
import { reviewSettingsMessages } from './screens/review-settings';
import { risksMessages } from './screens/risks';
import { seedExampleMessages } from './screens/seed-example';

export const zhCN: Messages = {
  ...accountsMessages.zhCN,
  ...dashboardMessages.zhCN,
  ...partnersMessages.zhCN,
  ...partnerRunningMessages.zhCN,
  ...agreementsMessages.zhCN,
  ...agreementDetailMessages.zhCN,
  ...partnerSeatMessages.zhCN,
  ...amendmentDraftsMessages.zhCN,
  ...reviewSettingsMessages.zhCN,
  ...planActualMessages.zhCN,
  ...criteriaMessages.zhCN,
  ...rankingMessages.zhCN,
  ...portfolioMessages.zhCN,
  ...networkMessages.zhCN,
  ...evidenceMessages.zhCN,
  ...seedExampleMessages.zhCN,
  ...risksMessages.zhCN,

  'app.name': 'Partnerfolio',
  'app.tagline': '选好、管好、退好每一段合作。',

  'common.loading': '加载中…',
  'common.retry': '重试',
  'common.cancel': '取消',
  'common.close': '关闭',
  'common.create': '创建',
  'common.save': '保存',
  'common.reload': '重新加载页面',
  'common.labelled': '{context}：{label}',
  'common.details': '详情',

  'language.label': '语言',
  'language.en': 'English',
  'language.zh-CN': '简体中文',

  'theme.label': '主题',
  'theme.system': '跟随系统',
  'theme.light': '浅色',
  'theme.dark': '深色',

  'role.owner': '所有者',
  'role.editor': '编辑者',
  'role.viewer': '查看者',

  'nav.label': '主导航',
  'nav.collapse': '收起导航',
  'nav.expand': '展开导航',
  'nav.dashboard': '总览',
  'nav.partners': '合作伙伴',
  'nav.agreements': '合作协议',
  'nav.reviewSettings': '评估规则',
  'nav.criteria': '遴选标准',
  'nav.ranking': '排序',
  'nav.portfolio': '组合优化',
  'nav.network': '合作网络',
  'nav.seedExample': '原文示例',
  'nav.evidence': '合作成效证据',
  'nav.risks': '风险登记',

  'shell.skipToContent': '跳到主要内容',
  'shell.workspace': '工作区',
  'shell.workspaceRole': '{name}（{role}）',
  'shell.newWorkspace': '新建工作区',
  'shell.account': '当前账号：{email}',
  'shell.signOut': '退出登录',
  'shell.signingOut': '正在退出…',

  'signIn.title': '登录',
  'signIn.subtitle': '登录你的 Partnerfolio 工作区。',
  'signIn.email': '电子邮箱',
  'signIn.password': '密码',
  'signIn.submit': '登录',
  'signIn.emailRequired': '请输入电子邮箱。',
  'signIn.passwordRequired': '请输入密码。',
  'signIn.sessionExpired': '会话已结束，请重新登录后继续。',
  'signIn.noAccount':
    '还没有账号？请管理员运行：partnerfolio user add --email … --password … 创建账号',

  'workspace.createTitle': '新建工作区',
  'workspace.name': '名称',
  'workspace.nameHelp': '显示在工作区切换器中，例如“2026 年 AI 合作”。',
  'workspace.slug': '简称（用于链接）',
  'workspace.slugHelp': '2–63 个小写字母、数字或连字符，例如 ai-2026。',
  'workspace.nameRequired': '请输入名称。',
  'workspace.slugInvalid': '请使用 2–63 个小写字母、数字或连字符。',
  'workspace.created': '已创建工作区“{name}”。',
  'workspace.noneTitle': '你还没有工作区',
  'workspace.noneDescription': '一个工作区保存一个合作伙伴组合：伙伴、遴选标准和方案。',
  'workspace.noneStepCreate': '新建一个工作区，你将成为它的所有者。',
  'workspace.noneStepImport': '从规格文件、CSV 或 XLSX 导入伙伴，或逐个添加。',
  'workspace.noneStepInvite': '或者请已有工作区的所有者把你加入。',
  'workspace.notFound': '工作区“{slug}”不存在，或你不是其成员。',

  'emptyState.next': '下一步',

  'screen.dashboard.description':
    '组合价值 S 及其分布、按类型和状态划分的伙伴、资源占用、即将到来的评估与提醒。',
  'screen.partners.description': '所有候选与合作伙伴：搜索、筛选、编辑、导入和导出。',
  'screen.criteria.description': '评价准则及其权重：直接设定，或通过两两比较（AHP）得出。',
  'screen.ranking.description': '按加权和或 TOPSIS 对伙伴排序，并查看排序的稳定性。',
  'screen.portfolio.description': '在约束条件下选出最优组合，并用蒙特卡洛模拟检验。',
  'screen.network.description': '当前组合能做什么、缺什么、依赖谁，以及谁能填补缺口。',
  'screen.seedExample.description': '原文中的 A、B、C 示例，附更正后的数值。',

  'error.title': '出错了',
  'error.description': '页面的这一部分出错了。请重新加载；如果再次出错，请告诉我们你做了什么。',
  'error.notFoundTitle': '找不到页面',
  'error.notFoundDescription': '这个地址没有页面。',
  'error.backHome': '返回首页',

  'problem.network': '无法连接服务器。请检查网络后重试。',
  'problem.unknown': '服务器返回了错误（{status}）。',
  'problem.invalid_request': '请求无效。',
  'problem.malformed_body': '无法读取请求内容。',
  'problem.unauthenticated': '请先登录。',
  'problem.invalid_credentials': '邮箱或密码错误。',
  'problem.forbidden': '你的角色无权执行此操作。',
  'problem.csrf': '会话需要刷新，请重新加载页面。',
  'problem.not_found': '未找到。',
  'problem.conflict': '在你打开之后，已有人修改了它。请重新加载查看最新内容。',
  'problem.duplicate': '已经存在。',
  'problem.unprocessable': '数据无效。',
  'problem.invalid_spec': '组合规格文件无效。',
  'problem.invalid_input': '任务收到了无法读取的输入。',
  'problem.payload_too_large': '文件或请求过大。',
  'problem.rate_limited': '尝试次数过多，请稍等一分钟再试。',
  'problem.internal': '服务器出错，详情见日志。',
  'problem.unavailable': '服务暂不可用，请稍后再试。',

  'job.label': '计算进度',
  'job.queued': '等待开始…',
  'job.running': '运行中：{percent}',
  'job.done': '已完成',
  'job.failed': '失败：{message}',
  'job.cancelled': '已取消',
  'job.cancel': '取消',
  'job.cancelling': '正在取消…',
  'job.reconnecting': '连接中断，正在重新连接…',
};
