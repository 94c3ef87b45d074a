/**
 * A spec that uses every field of the format: every distribution form, AHP weighting with
 * several assessors' matrices (fraction strings included), every kind of constraint,
 * synergies, partners with and without names, alpha/beta for the seed model, the
 * lifecycle (statuses, exit and onboarding costs) and coordination cost by kind with bands.
 */
export const RICH_SPEC_YAML = `
version: 1
organization: Rich Example AI
unit: EUR k
netModel: seed
criteria:
  - { id: tech, name: Technical strength, kind: benefit }
  - { id: market, kind: benefit }
  - { id: risk, name: IP risk, kind: cost }
weighting:
  method: ahp
  matrices:
    - [[1, 3, 5], ["1/3", 1, 2], ["1/5", "1/2", 1]]
    - [[1, 2, 4], ["1/2", 1, 3], ["1/4", "1/3", 1]]
    - [[1, 4, 6], [0.25, 1, 2], ["1/6", 0.5, 1]]
normalization: minmax
resources: { budget: 1000, staff: 12.5, compute: 0 }
partners:
  - id: univ-a
    name: University A
    kind: academic
    domains: [medical, education]
    offers: [technology, talent]
    scores: { tech: 9, market: 4, risk: 3 }
    cost: 0.8
    return: { triangular: [1, 1.2, 1.5] }
    uses: { budget: 200, staff: 2 }
    alpha: 0.5
    beta: 0.25
  - id: corp-b
    kind: enterprise
    offers: [data, market]
    scores: { tech: 6.5, market: 9, risk: 5 }
    cost: { uniform: [0.5, 0.9] }
    return: { pert: [1, 1.5, 2.25] }
    uses: { budget: 300 }
    alpha: 0.1
    onboardingCost: 0.15
  - id: gov-c
    name: Agency C
    kind: government
    domains: [energy]
    scores: { tech: 3, market: 5, risk: 1 }
    cost: { normal: [0.6, 0.1] }
    return: { lognormal: [0.1, 0.3] }
    beta: 0.7
  - id: corp-x
    name: Corporation X
    kind: enterprise
    offers: [compute]
    scores: { tech: 7, market: 6, risk: 8 }
    cost: { pert: [0.3, 0.4, 0.8] }
    return: 1.1e-3
    uses: { compute: 0, staff: 0.5 }
    status: active
    exitCost: { triangular: [0.1, 0.2, 0.6] }
  - id: other-y
    name: 其他 Y
    kind: other
    domains: [finance]
    offers: [data]
    scores: { tech: 5, market: 5, risk: 5 }
    cost: { triangular: [0, 0, 0] }
    return: { uniform: [-1, 3] }
    status: exited
synergies:
  - { between: [univ-a, corp-b], value: 0.3 }
  - { between: [corp-b, gov-c], value: { triangular: [-0.2, 0.1, 0.4] } }
  - { between: [corp-x, univ-a], value: { normal: [-0.05, 0.02] } }
risks:
  - { id: cloud-lock-in, title: One cloud, category: dependency, partners: [corp-b, corp-x], likelihood: 0.2, impact: { triangular: [0.1, 0.3, 0.9] }, factors: { cloud: 0.8 } }
  - { id: ip-dispute, category: ip, partners: [univ-a], likelihood: 0.05, impact: 0.5 }
constraints:
  minPerKind: { academic: 1, enterprise: 1, government: 0 }
  maxPartners: 4
  exclusive: [[corp-b, corp-x]]
  requires: [[corp-b, gov-c]]
  include: [univ-a]
  exclude: [other-y]
  cover: [data, technology]
  groups:
    - { name: industry, members: [corp-b, corp-x, other-y], max: 1 }
    - { members: [univ-a, gov-c], min: 1 }
    - { name: both, members: [corp-b, gov-c], min: 0, max: 2 }
  minScore: 0.1
objective: score
coordinationCost:
  perPartner: { academic: 0.02, enterprise: 0.05 }
  overhead: [{ upTo: 2, perPartner: 0 }, { upTo: 4, perPartner: 0.01 }]
`;
