/**
 * Messages of the seed-example screen (keys `screen.seedExample.*`), owned by that screen. The
 * Chinese dictionary is typed by the English one: a missing or extra key fails the typecheck.
 */
const en = {
  'screen.seedExample.dataTitle': 'The document’s data',
  'screen.seedExample.dataText':
    'Three candidate partners A, B and C, each with what it costs us (C) and what it returns (R), and the weights α = {alpha} and β = {beta}.',
  'screen.seedExample.formulaTitle': 'The formula the worked example uses',
  'screen.seedExample.formula': 'Net contribution: N = R − α·C − β·R; portfolio value: S = Σ N',
  'screen.seedExample.tableTitle': 'Corrected figures next to the printed ones',
  'screen.seedExample.tableLabel': 'Net contribution of each partner and portfolio value S',
  'screen.seedExample.colPartner': 'Partner',
  'screen.seedExample.colCost': 'Cost C',
  'screen.seedExample.colReturn': 'Return R',
  'screen.seedExample.colNet': 'N computed',
  'screen.seedExample.colPrinted': 'N printed in the document',
  'screen.seedExample.colCheck': 'Check',
  'screen.seedExample.rowTotal': 'Portfolio value S',
  'screen.seedExample.wrong': 'Printed figure is wrong',
  'screen.seedExample.right': 'Printed figure is right',
  'screen.seedExample.arithmeticTitle': 'The arithmetic, line by line',
  'screen.seedExample.lineNet': 'Partner {id}: N = {r} − {alpha} × {c} − {beta} × {r} = {net}',
  'screen.seedExample.lineTotal': 'Portfolio: S = {terms} = {total}',
  'screen.seedExample.errorsTitle': 'Why the printed figures are wrong',
  'screen.seedExample.errorGeneral':
    'The general formula in §4.2 reads N_i = R_i − Σ_j α_j C_j − β_j R_j, summing over every partner j, but the worked example in §4.3 uses only j = i: N_i = R_i − α_i C_i − β_i R_i. The figures above use the worked example’s form.',
  'screen.seedExample.errorValues':
    'With that formula the document’s own data give N_A = {a}, N_B = {b}, N_C = {c} and S = {s}; the document prints {pa}, {pb}, {pc} and {ps}.',
  'screen.seedExample.errorListing':
    'The document’s code listing (A and B only) does not print the S it shows: run as written it prints S = {listing}.',
  'screen.seedExample.errorArgmax':
    '“argmax over α, β of S” has no useful answer: S only grows as α and β shrink, and α = β = 0 gives S = Σ R = {zero}. α and β are preferences to elicit and test for stability; the decisions are which partners to select and what resources each gets.',
  'screen.seedExample.mainModel':
    'Partnerfolio computes this formula when a spec sets netModel to seed; its default model is N = R − C.',
} as const;

const zhCN: { readonly [K in keyof typeof en]: string } = {
  'screen.seedExample.dataTitle': '文档中的数据',
  'screen.seedExample.dataText':
    '三个候选伙伴 A、B、C，各有其成本（C，我方投入）与回报（R），权重 α = {alpha}，β = {beta}。',
  'screen.seedExample.formulaTitle': '算例实际使用的公式',
  'screen.seedExample.formula': '净贡献：N = R − α·C − β·R；组合价值：S = Σ N',
  'screen.seedExample.tableTitle': '更正后的数值与文档印出的数值对照',
  'screen.seedExample.tableLabel': '各伙伴的净贡献与组合价值 S',
  'screen.seedExample.colPartner': '伙伴',
  'screen.seedExample.colCost': '成本 C',
  'screen.seedExample.colReturn': '回报 R',
  'screen.seedExample.colNet': '计算得出的 N',
  'screen.seedExample.colPrinted': '文档印出的 N',
  'screen.seedExample.colCheck': '核对',
  'screen.seedExample.rowTotal': '组合价值 S',
  'screen.seedExample.wrong': '印出的数值有误',
  'screen.seedExample.right': '印出的数值正确',
  'screen.seedExample.arithmeticTitle': '逐行演算',
  'screen.seedExample.lineNet': '伙伴 {id}：N = {r} − {alpha} × {c} − {beta} × {r} = {net}',
  'screen.seedExample.lineTotal': '组合：S = {terms} = {total}',
  'screen.seedExample.errorsTitle': '文档印出的数值为何有误',
  'screen.seedExample.errorGeneral':
    '§4.2 的一般公式写作 N_i = R_i − Σ_j α_j C_j − β_j R_j，对所有伙伴 j 求和；而 §4.3 的算例只用了 j = i：N_i = R_i − α_i C_i − β_i R_i。上面的数值采用算例的形式。',
  'screen.seedExample.errorValues':
    '按该公式，文档自己的数据得出 N_A = {a}、N_B = {b}、N_C = {c}，S = {s}；文档却印出 {pa}、{pb}、{pc} 和 {ps}。',
  'screen.seedExample.errorListing':
    '文档中的代码清单（只含 A 和 B）并不会输出它所示的 S：照原样运行，输出为 S = {listing}。',
  'screen.seedExample.errorArgmax':
    '“对 α、β 求 S 的 argmax”没有实际意义：α、β 越小，S 越大；α = β = 0 时 S = Σ R = {zero}。α 和 β 是需要征询并检验稳定性的偏好；真正的决策变量是选择哪些伙伴、给每个伙伴分配多少资源。',
  'screen.seedExample.mainModel':
    '当规格文件把 netModel 设为 seed 时，Partnerfolio 按此公式计算；默认模型为 N = R − C。',
};

export const seedExampleMessages = { en, zhCN };
