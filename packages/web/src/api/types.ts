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
export type Agreement = Schemas['Agreement'];
export type AgreementStatus = Agreement['status'];
export type AgreementType = Agreement['type'];
export type Obligation = Schemas['Obligation'];
export type ObligationState = Obligation['state'];
export type LedgerEntry = Schemas['LedgerEntry'];
export type Settlement = Schemas['Settlement'];
export type FairShares = Schemas['FairShares'];
export type AirportSplit = Schemas['AirportSplit'];
export type Review = Schemas['Review'];
export type ReviewAssessment = Schemas['ReviewAssessment'];
export type ReviewDecision = Review['decision'];
export type Trust = Schemas['Trust'];
export type ReviewSettings = Schemas['ReviewSettings'];
export type ReviewRule = ReviewSettings['rules'][number];
export type ExitPlan = Schemas['ExitPlan'];
export type ExitStepKey = ExitPlan['steps'][number]['key'];
export type OperationsSummary = Schemas['OperationsSummary'];
