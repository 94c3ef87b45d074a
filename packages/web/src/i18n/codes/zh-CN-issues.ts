/**
 * 简体中文 for the issues the server names with their values (core's `ISSUE_PARAMS`):
 * the form fields' errors, and the route schemas' refusals (too_short, wrong_type, ...).
 * Any other issue shows the server's English message.
 */
import type { IssueCodeWithParams } from '../../engine';

export const zhCNIssues: { readonly [C in IssueCodeWithParams]: string } = {
  missing_field: '缺少必填项 `{field}`，请补上',
  unknown_field: '未知字段 `{field}`，请删除或改用允许的字段',
  not_integer: '必须是整数（当前为 {value}）',
  negative: '当前为 {value}，但必须 {op} {bound}',
  not_positive: '当前为 {value}，但必须 {op} {bound}',
  out_of_range: '当前为 {value}，但必须 {op} {bound}',
  invalid_value: '此处不允许 {value}；请使用以下之一：{allowed}',
  duplicate_party: '`{party}` 列出了两次；每个参与方只列一次',
  collector_share: '`{party}` 收取这笔收入，因此不能同时分得其中的份额',
  self_payment: '`{party}` 将向自己付款；收款方必须是另一参与方',
  unknown_party: '`{name}` 不是参与方之一（{parties}）',
  duplicate_pool: '费用池 `{pool}` 已有一条费用分摊条款；每个池只用一条规则分摊',
  duplicate_milestone: '里程碑 `{id}` 定义了两次；请给每个里程碑一个独立编号',
  duplicate_id: '规则编号 `{id}` 用了两次；每条规则需要独立编号，建议才能指明它',
  ambiguous_synonym: '`{word}` 已表示能力 `{term}`；一个词只能表示一项能力，请删去其中一处',
  end_before_start: '协议的结束日期（{end}）早于开始日期（{start}）',
  open_tier_not_last: '只有最后一档可以不设上限（`upTo: null`）；请为这一档设定上限',
  tiers_not_increasing: '当前为 {value}，但必须高于上一档的 {previous}；各档须严格递增',
  shares_over_one: '份额合计为 {total}，超过了全部收入（1）',
  split_not_one: '份额合计为 {total}，不等于 1；请使其合计为 1（三分之一可写作 "1/3"）',
  sub_cent_amount: '{value} 的小数超过两位；金额以分为单位',
  invalid_share: '{value} 不是份额；请填写 0 到 1 之间的数，或如 "1/3" 的分数',
  bands_not_increasing:
    '此档止于 {value} 个伙伴，未超过上一档的 {previous}；请按伙伴数递增排列各档',
  not_convex:
    '此档每个伙伴收取 {value}，低于上一档的 {previous}；边际管理开销不能下降（须为凸函数）',
  infeasible_ranges: '没有和为 1 且落在这些范围内的权重（各下限之和为 {low}）；请放宽范围',
  units_incomparable_points:
    '工作区的价值单位是 {unit}，不是货币：台账金额无法与之比较；请手动填写实际值并说明理由',
  units_incomparable_unknown:
    '工作区的价值单位“{unit}”未指明货币：台账金额无法与之比较；请手动填写实际值并说明理由',
  units_incomparable_currency:
    '台账以 {currency} 计，而工作区的价值单位是 {unit}：不换算；请手动填写实际值并说明理由',
  smaa_too_many_partners:
    '服务器上的 SMAA 最多为 {maximum} 个伙伴排序（排名可接受度是伙伴数 × 伙伴数的表）；本工作区有 {partners} 个：请导出规格后用 `partnerfolio smaa` 运行',
  smaa_too_many_samples:
    '对 {partners} 个伙伴 × {criteria} 个准则，样本数最多为 {maximum}（样本数 × 伙伴数 × 准则数有上限）',
  promethee_too_many_pairs:
    '服务器上的 PROMETHEE 对高斯偏好函数逐对求和，伙伴对数 × 高斯准则数最多为 {maximum}；本工作区有 {partners} 个伙伴、{gaussian} 个高斯准则：请改用线性或 V 形偏好函数、换用其他排序方法，或导出规格后用 `partnerfolio rank` 运行',
  too_short: '至少需要 {minimum} 个字符',
  too_long: '最多只能有 {maximum} 个字符',
  too_few: '至少需要 {minimum} 项',
  too_many: '最多只能有 {maximum} 项',
  below_minimum: '必须 {op} {bound}',
  above_maximum: '必须 {op} {bound}',
  wrong_type: '类型不对：应为 {expected}',
  bad_format: '格式不对：应为 {format} 格式',
  not_one_of: '请使用以下之一：{allowed}',
  unknown_keys: '未知字段 {keys}，请删除',
  not_multiple: '必须是 {divisor} 的倍数',
};
