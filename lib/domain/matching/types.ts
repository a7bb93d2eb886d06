import type { Yuan } from "../money";

/** What matching reads of a project. */
export interface MatchProject {
  id: number;
  categoryId: number;
  /** Its district or park and the regions above it. */
  regionPath: readonly number[];
  reviewStatus: string;
  highEmission: boolean;
  need: Yuan;
  gap: Yuan;
  co2ReductionT: number | null;
  stage: "PREPARATION" | "CONSTRUCTION" | "OPERATING";
  carbonToolEligible: boolean;
  intendedInstrument: string | null;
  /** 适应 projects are not judged by the tonnes they avoid. */
  family: "MITIGATION" | "ADAPTATION";
}

/** What matching reads of a finance product. */
export interface MatchProduct {
  id: number;
  institutionId: number;
  instrument: string;
  active: boolean;
  categoryIds: readonly number[];
  /** Empty: every region. */
  regionIds: readonly number[];
  minAmount: Yuan | null;
  maxAmount: Yuan | null;
  minCo2ReductionT: number | null;
  carbonToolLinked: boolean;
}

export type RuleName = "active" | "inLibrary" | "notHighEmission" | "category" | "region" | "amount" | "climateBenefit";

export interface RuleReason {
  kind: "rule";
  rule: RuleName;
  passed: boolean;
  text: string;
}

export interface FactorReason {
  kind: "factor";
  factor: import("./weights").FactorName;
  /** Points earned; null when the factor does not apply to this pair. */
  points: number | null;
  weight: number;
  text: string;
}

export type Reason = RuleReason | FactorReason;

export interface MatchResult {
  projectId: number;
  productId: number;
  eligible: boolean;
  score: number;
  reasons: Reason[];
}

/** Names for the texts: categories, regions and instruments as people read them. */
export interface MatchNames {
  category: (id: number) => string;
  region: (id: number) => string;
  instrument: (code: string) => string;
}
