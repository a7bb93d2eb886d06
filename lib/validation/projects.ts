import { z } from "zod";
import { CategoryFamily, Instrument, ReviewStatus, Stage } from "@/lib/db/generated/sqlite/enums";
import { idParam, MAX_DB_INT, pagingSchema, yuanString } from "./common";
import {
  checkbox, enumField, idField, optionalInt, optionalNonNegative, optionalText, optionalWanAmount, requiredText, wanAmount,
} from "./fields";

const values = <T extends Record<string, string>>(e: T) => Object.values(e) as [T[keyof T], ...T[keyof T][]];
const blank = (v: unknown) => (v === "" ? undefined : v);

export const SORT_FIELDS = ["code", "name", "totalInvestment", "financingNeed", "securedAmount", "gapAmount", "updatedAt"] as const;
export const FUNDING_STATES = ["UNFUNDED", "PARTLY", "FULLY"] as const;

/** The project list's filters, sort and page: the same for the page (URL), the API and exports. */
export const projectListQuery = pagingSchema.extend({
  q: z.preprocess(blank, z.string().trim().max(100).optional()).describe("按项目名称、编号或项目单位搜索"),
  family: z.preprocess(blank, z.enum(values(CategoryFamily)).optional()),
  categoryId: z.preprocess(blank, idParam.optional()),
  regionId: z.preprocess(blank, idParam.optional()),
  status: z.preprocess(blank, z.enum(values(ReviewStatus)).optional()),
  stage: z.preprocess(blank, z.enum(values(Stage)).optional()),
  funding: z.preprocess(blank, z.enum(FUNDING_STATES).optional()).describe("未落实 UNFUNDED / 部分落实 PARTLY / 全部落实 FULLY"),
  instrument: z.preprocess(blank, z.enum(values(Instrument)).optional()).describe("拟采用或已获得的融资工具"),
  carbonTool: z.preprocess(blank, z.enum(["true", "false"]).optional()).describe("是否符合碳减排支持工具"),
  year: z.preprocess(blank, z.coerce.number().int().min(2000).max(2100).optional()).describe("入库年份（北京时间），与驾驶舱的年份筛选相同"),
  sort: z.preprocess(blank, z.enum(SORT_FIELDS).default("code")),
  dir: z.preprocess(blank, z.enum(["asc", "desc"]).default("asc")),
});
export type ProjectListQuery = z.infer<typeof projectListQuery>;

export const projectSummarySchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  owner: z.string(),
  district: z.string(),
  category: z.string(),
  reviewStatus: z.string(),
  stage: z.string(),
  version: z.number().int().describe("修改（PATCH）与审核流转时须带上的版本号"),
  totalInvestment: yuanString,
  financingNeed: yuanString,
  securedAmount: yuanString,
  gapAmount: yuanString,
});

export const projectListSchema = z.object({
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  sums: z.object({ totalInvestment: yuanString, financingNeed: yuanString, securedAmount: yuanString, gapAmount: yuanString }),
  items: z.array(projectSummarySchema),
});

const PHONE = /^(1\d{10}|0\d{2,3}-?\d{7,8})$/;

/** What a person enters for a project. Amounts are in 万元 (or with 万/亿/元 written after them). */
export const projectFields = z.object({
  code: z.preprocess(blank, z.string().trim().max(40, "项目编号不能超过 40 个字符").regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/, "项目编号只能包含字母、数字和连字符").optional()),
  name: requiredText("项目名称", 2, 100),
  ownerOrgId: z.preprocess(blank, idField("项目单位").optional()),
  regionId: idField("所在区县"),
  categoryId: idField("项目类别"),
  description: optionalText(2000),
  constructionContent: optionalText(2000),
  startYear: optionalInt("开工年份", 2000, 2100),
  endYear: optionalInt("完工年份", 2000, 2100),
  contactName: optionalText(40),
  contactPhone: z.preprocess(blank, z.string().trim().regex(PHONE, "联系电话格式不正确（手机号或带区号的座机号）").optional()),
  totalInvestment: wanAmount("总投资"),
  ownFunds: optionalWanAmount("自有资金"),
  financingNeed: optionalWanAmount("融资需求"),
  intendedInstrument: z.preprocess(blank, enumField(values(Instrument), "拟采用融资工具").optional()),
  stage: enumField(values(Stage), "实施阶段"),
  carbonToolEligible: checkbox,
  highEmission: checkbox,
  co2ReductionT: optionalNonNegative("预期年减排量"),
  energySavedTce: optionalNonNegative("年节能量"),
  renewableMwh: optionalNonNegative("年可再生能源发电量"),
  carbonSinkT: optionalNonNegative("年碳汇量"),
  beneficiaries: optionalInt("受益人口", 0, 100_000_000),
  areaRestoredHa: optionalNonNegative("修复面积"),
  declaredCo2T: optionalNonNegative("项目单位申报年减排量"),
});

type Fields = z.infer<typeof projectFields>;

/** Rules across fields, with the message placed beside the field the person should fix. */
function crossChecks(p: Partial<Fields>, ctx: z.RefinementCtx) {
  if (p.startYear !== undefined && p.endYear !== undefined && p.endYear < p.startYear) {
    ctx.addIssue({ code: "custom", path: ["endYear"], message: "完工年份不能早于开工年份" });
  }
  if (p.totalInvestment !== undefined && p.ownFunds !== undefined && p.ownFunds > p.totalInvestment) {
    ctx.addIssue({ code: "custom", path: ["ownFunds"], message: "自有资金不能超过总投资" });
  }
  if (p.totalInvestment !== undefined && p.financingNeed !== undefined && p.financingNeed > p.totalInvestment) {
    ctx.addIssue({ code: "custom", path: ["financingNeed"], message: "融资需求不能超过总投资" });
  }
}

export const projectCreateInput = projectFields.superRefine(crossChecks);
export type ProjectCreateInput = z.infer<typeof projectCreateInput>;

/** An edit names the version it was made on; a stale version is refused (409). */
export const projectUpdateInput = projectFields
  .partial()
  .extend({ version: z.coerce.number({ error: "缺少版本号" }).int().positive().max(MAX_DB_INT) })
  .superRefine(crossChecks);
export type ProjectUpdateInput = z.infer<typeof projectUpdateInput>;

export const TRANSITION_NAMES = ["submit", "approve", "return", "reject", "archive"] as const;

export const projectTransitionInput = z.object({
  transition: z.enum(TRANSITION_NAMES, { error: "请选择审核操作" }),
  comment: z.preprocess(blank, z.string().trim().max(1000, "意见不能超过 1000 个字").optional()),
  version: z.coerce.number({ error: "缺少版本号" }).int().positive().max(MAX_DB_INT),
});

export const importQuery = z.object({
  dryRun: z.preprocess(blank, z.enum(["true", "false"]).default("true")).describe("true：只检查并返回报告，不写入"),
  duplicates: z.preprocess(blank, z.enum(["skip", "update"]).default("skip")).describe("重复项目（编号相同，或名称和单位相同）：skip 跳过 / update 更新"),
});

export const exportQuery = projectListQuery.omit({ page: true, pageSize: true }).extend({
  format: z.preprocess(blank, z.enum(["xlsx", "csv"]).default("xlsx")),
});

export const importReportSchema = z.object({
  dryRun: z.boolean(), committed: z.boolean(), totalRows: z.number().int(), validRows: z.number().int(),
  errorCount: z.number().int(), warningCount: z.number().int(), duplicates: z.number().int(),
  created: z.number().int(), updated: z.number().int(), skipped: z.number().int(), newOwners: z.array(z.string()),
  issues: z.array(z.object({ row: z.number().int(), column: z.string(), message: z.string(), level: z.enum(["error", "warning"]) })),
  durationMs: z.number(),
});
