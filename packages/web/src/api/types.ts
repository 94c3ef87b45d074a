/** Short names for the API's shapes that the screens use most (all from the generated schema). */
import type { components } from './schema';

type Schemas = components['schemas'];

export type User = Schemas['User'];
export type WorkspaceSummary = Schemas['WorkspaceSummary'];
export type Workspace = Schemas['Workspace'];
export type Role = WorkspaceSummary['role'];
export type Job = Schemas['Job'];
export type JobState = Job['state'];
export type Partner = Schemas['Partner'];
export type CriteriaSet = Schemas['CriteriaSet'];
export type Scenario = Schemas['Scenario'];
export type Synergy = Schemas['Synergy'];
export type Distribution = Schemas['Distribution'];
export type RankDocument = Schemas['RankDocument'];
export type OptimizeDocument = Schemas['OptimizeDocument'];
export type SimulateDocument = Schemas['SimulateDocument'];
export type FrontierDocument = Schemas['FrontierDocument'];
export type AcceptedJob = Schemas['AcceptedJob'];
