/**
 * 简体中文 for the optimiser's explanations (core's `optimize.*`: conflicts and regret)
 * and the ledger's checkpoint refusals (`checkpoint.*`). `{name}` is one of the message's
 * values, already formatted; codes.test.ts checks each text names exactly its code's values.
 */
export const zhCNOptimizeCodes: Readonly<Record<string, string>> = {
  'optimize.item': '{name}',
  'optimize.more': '另外 {count} 个',
  'optimize.none': '无',

  'optimize.conflict.alone': '{statement}：仅此一条就无法满足',
  'optimize.conflict.with': '{statement}；这与 {others} 无法同时成立',
  'optimize.cvar':
    '在满足其他约束的组合中，没有一个能使 S 在 {scenarios} 个情景上的 {percent} CVaR 不低于 {floor}',

  'optimize.resource.unused': '{resource} 总用量至多为 {amount}；没有合作伙伴使用 {resource}',
  'optimize.resource.uses': '{resource} 总用量至多为 {amount}；{uses}',
  'optimize.resource.uses_more': '{resource} 总用量至多为 {amount}；{uses}（另有 {more} 个使用它）',
  'optimize.resource.use': '{partner} 使用 {amount}',

  'optimize.kind.none': '至少需要 {min} 个{kind}类合作伙伴，但组合中一个也没有',
  'optimize.kind.only': '至少需要 {min} 个{kind}类合作伙伴，但组合中只有 {have} 个：{names}',
  'optimize.kind.candidates': '至少需要 {min} 个{kind}类合作伙伴（候选：{names}）',

  'optimize.max_partners': '至多可选 {max} 个合作伙伴',

  'optimize.cover.none': '至少一个入选的合作伙伴必须提供 {offer}，但没有合作伙伴提供',
  'optimize.cover': '至少一个入选的合作伙伴必须提供 {offer}（提供者：{names}）',

  'optimize.bound.at_least': '至少 {min} 个',
  'optimize.bound.at_most': '至多 {max} 个',
  'optimize.bound.between': '至少 {min} 个且至多 {max} 个',
  'optimize.group': '{names} 中必须选 {bounds}',
  'optimize.group.named': '{names} 中必须选 {bounds}（组“{name}”）',
  'optimize.group.short': '{statement}，但该组只有 {size} 个合作伙伴',

  'optimize.min_score': '每个入选的合作伙伴得分至少为 {min}',
  'optimize.min_score.below': '每个入选的合作伙伴得分至少为 {min}；{scores}',
  'optimize.min_score.below_more':
    '每个入选的合作伙伴得分至少为 {min}；{scores}（另有 {more} 个低于此值）',
  'optimize.min_score.score': '{partner} 得分 {score}',

  'optimize.status.exiting': '{partner} 正在退出，不能入选',
  'optimize.status.exited': '{partner} 已退出，不能入选',
  'optimize.status.rejected': '{partner} 已被拒绝，不能入选',

  'optimize.exclusive': '{a} 和 {b} 不能同时入选',
  'optimize.requires': '选择 {a} 就必须选择 {b}',
  'optimize.requires.unknown': '选择 {a} 需要 {b}，但 {b} 不是合作伙伴',
  'optimize.include': '{id} 必须入选',
  'optimize.include.unknown': '{id} 必须入选，但没有合作伙伴使用这个 id',
  'optimize.exclude': '{id} 不能入选',

  'optimize.rule.head': '规则 `{id}`',
  'optimize.rule.head.described': '规则 `{id}`（{message}）',
  'optimize.rule.at_most': '{rule}：{names} 中至多可选 {max} 个',
  'optimize.rule.at_least': '{rule}：{names} 中至少必须选 {min} 个',
  'optimize.rule.requires':
    '{rule}：与之匹配的入选合作伙伴需要一个提供 {offers} 的入选合作伙伴（涉及 {names}）',
  'optimize.rule.requires_domain':
    '{rule}：与之匹配的入选合作伙伴需要一个在其领域内提供 {offers} 的入选合作伙伴（涉及 {names}）',

  'optimize.gain.net': '净值',
  'optimize.gain.score': '得分',
  'optimize.regret.drop': '去掉 {id} 会使目标值降低 {amount}',
  'optimize.regret.drop_free': '去掉 {id} 没有代价：同样好的组合不包含它',
  'optimize.regret.add': '{id} 还需要多 {amount} 的{gain}才值得入选',
  'optimize.regret.add_free': '{id} 可以无损入选：同样好的组合包含它',
  'optimize.regret.bounded': '{regret}（重新求解在时间上限处停止：至多为此值）',
  'optimize.regret.cannot_drop': '{id} 不能去掉：{reasons}',
  'optimize.regret.cannot_choose': '{id} 不能入选：{reasons}',
  'optimize.regret.reason': '{constraint}（{statement}）',
  'optimize.regret.no_portfolio': '为 {id} 重新求解没有找到组合：{why}',
  'optimize.regret.time_limit': '达到时间上限',
  'optimize.regret.solver_failed': '求解器失败',

  'checkpoint.malformed': '该检查点不是签名的树头：{field} 缺失或格式错误',
  'checkpoint.other_workspace': '该检查点属于工作区“{named}”，而不是“{expected}”',
  'checkpoint.no_workspace': '没有工作区“{workspace}”',
  'checkpoint.key_id': 'keyId 不是 publicKey 的哈希',
  'checkpoint.unknown_key': '树头由密钥 {key} 签名，但它不是本工作区的密钥',
  'checkpoint.signature': '签名与树头不符：树头被篡改，或由其他密钥签名',
  'checkpoint.cut': '条目被截断：检查点涵盖 {size} 个条目，账本现在只有 {now} 个',
  'checkpoint.rewritten': '条目被改写：前 {size} 个条目的哈希不再等于检查点的根',
};
