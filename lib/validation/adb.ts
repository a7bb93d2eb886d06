// Inputs and answers of the ADB programme tracker: shared by the forms, the services and the API.
// Amounts are typed in 万元 (or with 万/亿/元 written after them); dates as YYYY-MM-DD.
import { z } from "zod";
import { MilestoneKind, PackageKind } from "@/lib/db/generated/sqlite/enums";
import { isIsoDay } from "@/lib/domain/calendar";
import { MILESTONE_SEQUENCE } from "@/lib/domain/adb/milestones";
import { MAX_DB_INT, yuanString } from "./common";
import { dayText, enumField, optionalText, optionalWanAmount, positiveWanAmount, requiredText } from "./fields";

const values = <T extends Record<string, string>>(e: T) => Object.values(e) as [T[keyof T], ...T[keyof T][]];

/** A date that may be cleared: absent leaves it as it is, "" or null empties it. */
const clearableDay = (label: string) =>
  z.union([z.string(), z.null()]).optional().transform((v, ctx) => {
    if (v === undefined) return undefined;
    const text = v?.trim() ?? "";
    if (!text) return null;
    if (!isIsoDay(text)) {
      ctx.addIssue({ code: "custom", message: `${label}须为有效日期，格式如 2026-03-15` });
      return z.NEVER;
    }
    return text;
  });

const version = z.coerce.number({ error: "缺少版本号 version" }).int("版本号须为整数").positive("缺少版本号 version").max(MAX_DB_INT, "版本号有误")
  .describe("子项目的版本号：每次修改后加 1，版本已过期返回 409");

export const milestoneKindParam = z.enum(MILESTONE_SEQUENCE, { error: "未知的里程碑" });

export const milestoneInput = z.object({
  version,
  actualDate: clearableDay("实际日期").describe("实际完成日期 YYYY-MM-DD；空字符串或 null 撤销；不传则不变"),
  plannedDate: clearableDay("计划日期").describe("计划日期 YYYY-MM-DD；空字符串或 null 清除；不传则不变"),
  note: z.union([z.string(), z.null()]).optional().transform((v) => (v === undefined ? undefined : v?.trim() || null))
    .pipe(z.string().max(200, "说明不能超过 200 个字").nullable().optional()),
});
export type MilestoneInput = z.infer<typeof milestoneInput>;

export const disbursementInput = z.object({
  version,
  amount: positiveWanAmount("提款金额"),
  date: dayText("提款日期"),
  note: optionalText(200),
});

const packageCode = z.string({ error: "请填写包号" }).trim().min(1, "请填写包号").max(30, "包号不能超过 30 个字符")
  .regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/, "包号只能包含字母、数字和连字符");

export const packageCreateInput = z.object({
  version,
  code: packageCode,
  name: requiredText("采购包名称", 2, 100),
  kind: enumField(values(PackageKind), "采购类型"),
  estimateAmount: positiveWanAmount("概算金额"),
  contractAmount: optionalWanAmount("合同金额").refine((v) => v === undefined || v > 0n, "合同金额须大于 0"),
});

const blank = (v: unknown) => (v === "" ? undefined : v);

export const packageUpdateInput = z.object({
  version,
  code: z.preprocess(blank, packageCode.optional()),
  name: z.preprocess(blank, requiredText("采购包名称", 2, 100).optional()),
  kind: z.preprocess(blank, enumField(values(PackageKind), "采购类型").optional()),
  estimateAmount: z.preprocess(blank, positiveWanAmount("概算金额").optional()),
  contractAmount: z.union([z.null(), z.literal(""), positiveWanAmount("合同金额")]).optional()
    .transform((v) => (v === "" ? null : v)).describe("合同金额（万元）；空字符串或 null 清除"),
});

// Answers.

const day_ = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable();

export const milestoneSchema = z.object({
  kind: z.enum(values(MilestoneKind)),
  label: z.string(),
  plannedDate: day_,
  actualDate: day_,
  note: z.string().nullable(),
  overdue: z.boolean().describe("计划日期已过而未完成"),
});

export const programmeTotalsSchema = z.object({
  subProjects: z.number().int(),
  allocated: yuanString.describe("亚行贷款分配合计（元）"),
  counterpart: yuanString.describe("配套资金合计（元）"),
  investment: yuanString,
  disbursed: yuanString,
  disbursedShareBp: z.number().int().nullable().describe("已提款占分配额（基点，10000 = 100%）"),
  milestonesCompleted: z.number().int(),
  milestonesTotal: z.number().int(),
  milestoneShareBp: z.number().int().nullable(),
  subProjectsCompleted: z.number().int(),
  overdueMilestones: z.number().int(),
  subProjectsOverdue: z.number().int(),
});

const subProjectBase = {
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  implementingAgency: z.string(),
  region: z.string().nullable(),
  adbAllocation: yuanString,
  counterpartFunds: yuanString,
  disbursed: yuanString,
  version: z.number().int(),
  completed: z.number().int(),
  current: z.enum(values(MilestoneKind)).nullable().describe("下一个待完成的里程碑；全部完成为 null"),
  overdue: z.array(z.enum(values(MilestoneKind))),
  milestones: z.array(milestoneSchema),
};

export const programmeSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  loanNumber: z.string(),
  loanUsd: z.string().describe("贷款金额（美元）"),
  signedAt: z.string().nullable(),
  closingAt: z.string().nullable(),
  description: z.string().nullable(),
});

export const adbOverviewSchema = z.object({
  today: z.string(),
  programme: programmeSchema.nullable(),
  totals: programmeTotalsSchema,
  subProjects: z.array(z.object(subProjectBase)),
});

export const subProjectDetailSchema = z.object({
  ...subProjectBase,
  today: z.string(),
  programme: z.object({ id: z.number().int(), name: z.string(), loanNumber: z.string() }),
  project: z.object({ id: z.number().int(), code: z.string(), name: z.string() }).nullable(),
  remaining: yuanString.describe("尚可提款（元）"),
  packages: z.array(z.object({
    id: z.number().int(), code: z.string(), name: z.string(), kind: z.enum(values(PackageKind)),
    estimateAmount: yuanString, contractAmount: yuanString.nullable(),
  })),
  disbursements: z.array(z.object({ id: z.number().int(), amount: yuanString, date: z.string(), note: z.string().nullable() })),
  canManage: z.boolean(),
});

export const adbWrittenSchema = z.object({ id: z.number().int(), version: z.number().int().describe("子项目的新版本号") });
