// The funding figures of DESIGN.md §3. Every page, API and aggregate shows these same numbers.
import { maxYuan, sumYuan, type Yuan } from "./money";

export type FundingState = "UNFUNDED" | "PARTLY" | "FULLY";

export interface FinancingLike {
  amount: Yuan;
  /** Approved and disbursed records both count as secured. */
  status: "APPROVED" | "DISBURSED";
}

/** 融资需求 defaults to total investment minus own funds, never below zero. */
export function defaultNeed(totalInvestment: Yuan, ownFunds: Yuan): Yuan {
  return maxYuan(totalInvestment - ownFunds, 0n);
}

/** 已落实融资: the sum of approved (including disbursed) financing records. */
export function securedOf(records: Iterable<FinancingLike>): Yuan {
  return sumYuan(Array.from(records, (r) => r.amount));
}

/** 融资缺口 = max(need − secured, 0). */
export function gapOf(need: Yuan, secured: Yuan): Yuan {
  return maxYuan(need - secured, 0n);
}

/** 融资落实率 in basis points (10000 = 100%), rounded half up; null when there is no need. */
export function fundingRateBp(secured: Yuan, need: Yuan): number | null {
  if (need <= 0n) return null;
  return Number((secured * 20000n + need) / (need * 2n));
}

export function fundingStateOf(need: Yuan, secured: Yuan): FundingState {
  if (secured <= 0n) return "UNFUNDED";
  return secured >= need ? "FULLY" : "PARTLY";
}

export interface FundingFigures {
  need: Yuan;
  secured: Yuan;
  gap: Yuan;
  rateBp: number | null;
  state: FundingState;
}

export function fundingFigures(need: Yuan, records: Iterable<FinancingLike>): FundingFigures {
  const secured = securedOf(records);
  return { need, secured, gap: gapOf(need, secured), rateBp: fundingRateBp(secured, need), state: fundingStateOf(need, secured) };
}
