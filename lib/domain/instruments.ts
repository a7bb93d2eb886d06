// Financing instruments and who provides them.

// Which instruments count as "green financing" (绿色融资) in the bureau's reports:
// the ADB loan and fiscal money are reported on their own lines.
export const GREEN_INSTRUMENTS = ["GREEN_LOAN", "GREEN_BOND", "GREEN_FUND", "PLEDGE_LOAN", "TRANSITION_LOAN"] as const;

/**
 * The central bank's carbon emission reduction support tool refinances loans of domestic
 * financial institutions: only loans can carry its flag (not bonds, funds, fiscal money or the ADB loan).
 */
export const CARBON_TOOL_INSTRUMENTS = ["GREEN_LOAN", "PLEDGE_LOAN", "TRANSITION_LOAN"] as const;

export function carbonToolApplies(instrument: string): boolean {
  return (CARBON_TOOL_INSTRUMENTS as readonly string[]).includes(instrument);
}

/** Organizations that provide financing (institutions); bureaus and project owners do not. */
export const INSTITUTION_KINDS = ["BANK", "MULTILATERAL", "FUND", "UNDERWRITER", "GOVERNMENT"] as const;
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];

export function isInstitutionKind(kind: string): kind is InstitutionKind {
  return (INSTITUTION_KINDS as readonly string[]).includes(kind);
}

/**
 * The instruments of a project's financing records as Project.financedInstruments caches them:
 * sorted and delimited ("|FISCAL|GREEN_LOAN|", "" for none), so that a filter finds one instrument
 * with a substring match on the project row instead of a join to the records.
 */
export function instrumentSet(instruments: Iterable<string>): string {
  const sorted = [...new Set(instruments)].sort();
  return sorted.length ? `|${sorted.join("|")}|` : "";
}

/** What a filter for one instrument looks for in Project.financedInstruments. */
export function instrumentToken(instrument: string): string {
  return `|${instrument}|`;
}

export function instrumentsOf(set: string): string[] {
  return set.split("|").filter(Boolean);
}
