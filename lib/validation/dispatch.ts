// Monthly dispatch inputs and answers: one schema per input, shared by the filing form (messages
// beside fields), the server actions and the API.
import { z } from "zod";
import { PROBLEM_CATEGORIES } from "@/lib/domain/dispatch";
import { idParam, pagingSchema, yuanString } from "./common";
import { dayText, enumField, idField, optionalWanAmount, requiredText, wanAmount } from "./fields";

const blank = (v: unknown) => (v === "" || v === null ? undefined : v);

/** A whole number a person must give ("" from a form is "not given", never 0). */
const requiredInt = (label: string, min: number, max: number) =>
  z.preprocess(blank, z.coerce.number({ error: `请填写${label}` }).int(`${label}须为整数`).min(min, `${label}不能小于 ${min}`).max(max, `${label}不能大于 ${max}`));

export const yearField = requiredInt("年份", 2000, 2100);
export const monthField = requiredInt("月份", 1, 12);

export const problemCategoryField = enumField(PROBLEM_CATEGORIES, "问题类别");

/** One row of the problem list (问题清单) as filed with a report or added later. */
export const problemRowInput = z.object({
  description: requiredText("问题描述", 5, 500),
  category: problemCategoryField,
  department: requiredText("责任部门", 2, 100),
  dueDate: dayText("整改期限"),
});
export type ProblemRowInput = z.infer<typeof problemRowInput>;

export const MAX_PROBLEMS_PER_REPORT = 20;

export const reportInput = z.object({
  projectId: idField("项目"),
  year: yearField,
  month: monthField,
  investmentMonth: wanAmount("本月完成投资").describe("本月完成投资（万元，可写“350万”“1.2亿”）"),
  investmentCumulative: optionalWanAmount("累计完成投资").describe("累计完成投资（万元）；留空则按上月累计 + 本月计算（须有上月报告）"),
  physicalProgress: requiredInt("形象进度", 0, 100).describe("形象进度（%，0—100 的整数）"),
  narrative: requiredText("本月进展情况", 5, 2000),
  problems: z.array(problemRowInput).max(MAX_PROBLEMS_PER_REPORT, `一次最多填报 ${MAX_PROBLEMS_PER_REPORT} 个问题`).default([]),
});
export type ReportInput = z.infer<typeof reportInput>;

export const problemCreateInput = problemRowInput.extend({
  projectId: idField("项目"),
  reportId: z.preprocess(blank, idParam.optional()).describe("所属调度报告（可选）"),
});

export const problemCloseInput = z.object({
  resolution: requiredText("销号情况说明", 4, 1000),
});

// ---- queries -------------------------------------------------------------------------------

const optionalPeriodPart = <T extends z.ZodType>(schema: T) => z.preprocess(blank, schema.optional());

/** A period in a URL or query: both parts or neither (the current month). */
export const periodQuery = z.object({
  year: optionalPeriodPart(yearField).describe("年份；与 month 同时省略时为本月（北京时间）"),
  month: optionalPeriodPart(monthField).describe("月份 1—12"),
}).refine((q) => (q.year === undefined) === (q.month === undefined), { message: "年份和月份须同时填写", path: ["month"] });

export const reportListQuery = z.object({
  year: optionalPeriodPart(yearField).describe("年份；年月都省略且未指定项目时为本月"),
  month: optionalPeriodPart(monthField),
  projectId: z.preprocess(blank, idParam.optional()).describe("只看某个项目的报告"),
}).refine((q) => (q.year === undefined) === (q.month === undefined), { message: "年份和月份须同时填写", path: ["month"] });

export const PROBLEM_STATUSES = ["OPEN", "CLOSED"] as const;

export const problemListQuery = pagingSchema.extend({
  status: z.preprocess(blank, z.enum(PROBLEM_STATUSES).optional()).describe("OPEN 未销号 / CLOSED 已销号"),
  overdue: z.preprocess(blank, z.enum(["true", "false"]).optional()).describe("true：只看逾期未销号的问题"),
  category: z.preprocess(blank, z.enum(PROBLEM_CATEGORIES).optional()),
  department: z.preprocess(blank, z.string().trim().max(100).optional()).describe("责任部门（完全一致）"),
  projectId: z.preprocess(blank, idParam.optional()),
});
export type ProblemListQuery = z.infer<typeof problemListQuery>;

// ---- answers -------------------------------------------------------------------------------

export const periodSchema = z.object({ year: z.number().int(), month: z.number().int(), label: z.string() });

const projectRef = z.object({ id: z.number().int(), code: z.string(), name: z.string(), owner: z.string(), district: z.string() });

export const problemSchema = z.object({
  id: z.number().int(),
  project: projectRef,
  reportId: z.number().int().nullable(),
  description: z.string(),
  category: z.enum(PROBLEM_CATEGORIES),
  department: z.string(),
  dueDate: z.string().describe("整改期限 YYYY-MM-DD"),
  status: z.enum(PROBLEM_STATUSES),
  overdue: z.boolean(),
  daysOverdue: z.number().int(),
  resolution: z.string().nullable(),
  closedAt: z.string().nullable(),
  closedBy: z.string().nullable(),
  createdAt: z.string(),
});

export const reportSchema = z.object({
  id: z.number().int(),
  project: projectRef,
  year: z.number().int(),
  month: z.number().int(),
  investmentMonth: yuanString,
  investmentCumulative: yuanString,
  physicalProgress: z.number().int(),
  narrative: z.string().nullable(),
  filedBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  problems: z.array(z.object({ id: z.number().int(), description: z.string(), category: z.enum(PROBLEM_CATEGORIES), status: z.enum(PROBLEM_STATUSES) })),
});

export const reportListSchema = z.object({ period: periodSchema.nullable(), total: z.number().int(), items: z.array(reportSchema) });

export const missingListSchema = z.object({
  period: periodSchema,
  expected: z.number().int().describe("应报项目数"),
  filed: z.number().int().describe("已报项目数"),
  missing: z.number().int().describe("未报项目数"),
  items: z.array(projectRef.extend({
    stage: z.string(),
    lastReport: periodSchema.nullable().describe("最近一次报告的月份"),
  })),
});

export const problemListSchema = z.object({
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  items: z.array(problemSchema),
});

export const reportFiledSchema = z.object({
  id: z.number().int(),
  projectId: z.number().int(),
  year: z.number().int(),
  month: z.number().int(),
  investmentCumulative: yuanString,
  problemIds: z.array(z.number().int()),
});

export const problemClosedSchema = z.object({
  id: z.number().int(),
  status: z.enum(PROBLEM_STATUSES),
  resolution: z.string(),
  closedAt: z.string(),
  closedBy: z.string(),
});
