// Shapes of the demo data (lib/db/seed/demo-data.ts). Amounts are decimal strings in 万元,
// converted exactly to yuan by the loader; dates are ISO "YYYY-MM-DD".
import type {
  CategoryFamily, Instrument, MilestoneKind, OrgKind, PackageKind, ProblemCategory, PushStatus,
  RegionLevel, Role, Stage,
} from "../generated/sqlite/enums";
import type { BenefitLine } from "@/lib/domain/benefits/types";

export type Wan = string;
export type IsoDate = string;

export interface SeedRegion { code: string; name: string; level: RegionLevel; parentCode?: string }
export interface SeedCategory { code: string; name: string; family: CategoryFamily; description: string }
export interface SeedOrganization {
  key: string; name: string; shortName?: string; kind: OrgKind; parentKey?: string; regionCode?: string;
  creditCode?: string; contact?: string; phone?: string;
}
export interface SeedUser {
  username: string; displayName: string; role: Role; orgKey?: string; regionCode?: string;
}
export interface SeedProject {
  code: string; name: string; ownerKey: string; regionCode: string; categoryCode: string;
  description: string; constructionContent: string; startYear: number; endYear: number;
  contactName: string; contactPhone: string;
  totalInvestment: Wan; ownFunds: Wan; intendedInstrument?: Instrument;
  stage: Stage; carbonToolEligible?: boolean;
  co2ReductionT?: number; energySavedTce?: number; renewableMwh?: number; carbonSinkT?: number;
  beneficiaries?: number; areaRestoredHa?: number;
}
export interface SeedProduct {
  institutionKey: string; name: string; instrument: Instrument; description: string;
  categoryCodes: string[]; regionCodes: string[]; minAmount?: Wan; maxAmount?: Wan;
  minTermMonths?: number; maxTermMonths?: number; rateBp?: number; rateNote?: string;
  minCo2ReductionT?: number; carbonToolLinked?: boolean; active: boolean;
}
export interface SeedFinancing {
  projectCode: string; institutionKey: string; instrument: Instrument; amount: Wan; date: IsoDate;
  status: "APPROVED" | "DISBURSED"; rateBp?: number; termMonths?: number; carbonTool?: boolean; note?: string;
  /** Set when the record came from a push's APPROVED/DISBURSED response. */
  viaPush?: boolean;
}
export interface SeedPush {
  projectCode: string; institutionKey: string; productName?: string; message: string; pushedOn: IsoDate;
  /** Responses in order; the last one is the push's status (none: PENDING). */
  responses: { status: Exclude<PushStatus, "PENDING">; on: IsoDate; amount?: Wan; reason?: string }[];
}
export interface SeedAdbSubProject {
  code: string; name: string; projectCode: string; implementingAgency: string; regionCode: string;
  adbAllocation: Wan; counterpartFunds: Wan;
  packages: { code: string; name: string; kind: PackageKind; estimate: Wan; contract?: Wan }[];
  milestones: { kind: MilestoneKind; planned: IsoDate; actual?: IsoDate }[];
  disbursements: { amount: Wan; date: IsoDate }[];
}
export interface SeedAdbProgramme {
  name: string; loanNumber: string; loanUsd: number; signedAt: IsoDate; closingAt: IsoDate; description: string;
  subProjects: SeedAdbSubProject[];
}
export interface SeedReport {
  projectCode: string; year: number; month: number; investmentMonth: Wan; investmentCumulative: Wan;
  physicalProgress: number; narrative: string;
  problems: { description: string; category: ProblemCategory; department: string; dueDate: IsoDate;
    closed?: { resolution: string; on: IsoDate } }[];
}
export interface SeedFactor {
  /** Versions of one key are listed in order; a later version supersedes the one before. */
  version?: number;
  key: string; name: string; value: number; unit: string; source: string; year: number; validFrom: IsoDate;
}
export interface DemoData {
  regions: SeedRegion[]; categories: SeedCategory[]; organizations: SeedOrganization[]; users: SeedUser[];
  projects: SeedProject[]; products: SeedProduct[]; financing: SeedFinancing[]; pushes: SeedPush[];
  adb: SeedAdbProgramme; reports: SeedReport[]; factors: SeedFactor[];
  /** Activity data for the benefit calculators, by project code. */
  benefits: Record<string, BenefitLine[]>;
}
