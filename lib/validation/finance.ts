// Inputs of the finance area: financing records, institutions and green-finance products.
import { z } from "zod";
import { FinancingStatus, Instrument } from "@/lib/db/generated/sqlite/enums";
import { INSTITUTION_KINDS } from "@/lib/domain/instruments";
import { idListItem, idParam, MAX_DB_INT, yuanString } from "./common";
import { checkbox, dateField, enumField, idField, optionalInt, optionalNonNegative, optionalRatePercent, optionalText, optionalWanAmount, positiveWanAmount, requiredText } from "./fields";

const values = <T extends Record<string, string>>(e: T) => Object.values(e) as [T[keyof T], ...T[keyof T][]];
const blank = (v: unknown) => (v === "" || v === null ? undefined : v);
const version = z.coerce.number({ error: "缺少版本号" }).int().positive().max(MAX_DB_INT);

// ——— financing records ———

const financingFields = z.object({
  institutionId: idField("融资机构"),
  instrument: enumField(values(Instrument), "融资工具"),
  amount: positiveWanAmount("金额"),
  date: dateField("日期"),
  status: enumField(values(FinancingStatus), "状态"),
  rateBp: optionalRatePercent("利率"),
  termMonths: optionalInt("期限（月）", 1, 480),
  carbonTool: checkbox,
  note: optionalText(500),
});

export const financingCreateInput = financingFields;
export type FinancingCreateInput = z.infer<typeof financingCreateInput>;

/** An edit (e.g. 已授信 → 已放款) names the version it was made on. */
export const financingUpdateInput = financingFields.partial().extend({ version });
export type FinancingUpdateInput = z.infer<typeof financingUpdateInput>;

export const financingDeleteInput = z.object({
  version,
  reason: requiredText("撤销原因", 2, 200),
});

export const financingListQuery = z.object({
  instrument: z.preprocess(blank, z.enum(values(Instrument)).optional()),
  status: z.preprocess(blank, z.enum(values(FinancingStatus)).optional()),
  institutionId: z.preprocess(blank, idParam.optional()),
  projectId: z.preprocess(blank, idParam.optional()),
  year: z.preprocess(blank, z.coerce.number().int().min(2000).max(2100).optional()),
});
export type FinancingListQuery = z.infer<typeof financingListQuery>;

export const financingRecordSchema = z.object({
  id: z.number().int(),
  version: z.number().int(),
  project: z.object({ id: z.number().int(), code: z.string(), name: z.string() }),
  institution: z.object({ id: z.number().int(), name: z.string() }),
  instrument: z.string(),
  amount: yuanString,
  date: z.string(),
  status: z.string(),
  rateBp: z.number().int().nullable(),
  termMonths: z.number().int().nullable(),
  carbonTool: z.boolean(),
  note: z.string().nullable(),
});

export const projectFundingSchema = z.object({
  projectId: z.number().int(),
  need: yuanString,
  secured: yuanString,
  gap: yuanString,
  fundingRateBp: z.number().int().nullable(),
  state: z.string(),
});

// ——— institutions ———

const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;
const PHONE = /^(1\d{10}|0\d{2,3}-?\d{7,8}|400-?\d{3}-?\d{4}|9\d{4})$/;

const institutionFields = z.object({
  name: requiredText("机构名称", 2, 60),
  shortName: optionalText(20),
  kind: enumField(INSTITUTION_KINDS, "机构类型"),
  parentId: z.preprocess(blank, idField("上级机构").optional()),
  regionId: z.preprocess(blank, idField("所在地区").optional()),
  creditCode: z.preprocess(blank, z.string().trim().toUpperCase().regex(CREDIT_CODE, "统一社会信用代码应为 18 位").optional()),
  contact: optionalText(40),
  phone: z.preprocess(blank, z.string().trim().regex(PHONE, "联系电话格式不正确").optional()),
});

export const institutionCreateInput = institutionFields;
export type InstitutionInput = z.infer<typeof institutionCreateInput>;
export const institutionUpdateInput = institutionFields.partial();

export const institutionSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: z.string(),
  parent: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  regionId: z.number().int().nullable(),
  region: z.string().nullable(),
  creditCode: z.string().nullable(),
  contact: z.string().nullable(),
  phone: z.string().nullable(),
  products: z.number().int(),
  financingRecords: z.number().int(),
});

// ——— green-finance products ———

/** Several ids from a form (repeated fields, or one comma-separated field) or a JSON array. */
const idList = (label: string) =>
  z.preprocess((v) => {
    if (v === undefined || v === null || v === "") return [];
    const list = Array.isArray(v) ? v : String(v).split(",");
    return list.filter((x) => x !== "").map(idListItem);
  }, z.array(z.number({ error: `${label}有误` }).int().positive(`${label}有误`).max(MAX_DB_INT, `${label}有误`)).max(100));

const productFields = z.object({
  name: requiredText("产品名称", 2, 60),
  instrument: enumField(values(Instrument), "融资工具"),
  description: optionalText(1000),
  categoryIds: idList("适用类别").refine((v) => v.length > 0, "请至少选择一个适用类别"),
  regionIds: idList("适用区县"),
  minAmount: optionalWanAmount("最低额度"),
  maxAmount: optionalWanAmount("最高额度"),
  minTermMonths: optionalInt("最短期限（月）", 1, 480),
  maxTermMonths: optionalInt("最长期限（月）", 1, 480),
  rateBp: optionalRatePercent("参考利率"),
  rateNote: optionalText(100),
  minCo2ReductionT: optionalNonNegative("最低年减排量"),
  carbonToolLinked: checkbox,
  active: checkbox,
});

type ProductFields = z.infer<typeof productFields>;

function productChecks(p: Partial<ProductFields>, ctx: z.RefinementCtx) {
  if (p.minAmount !== undefined && p.maxAmount !== undefined && p.minAmount > p.maxAmount) {
    ctx.addIssue({ code: "custom", path: ["maxAmount"], message: "最高额度不能低于最低额度" });
  }
  if (p.minTermMonths !== undefined && p.maxTermMonths !== undefined && p.minTermMonths > p.maxTermMonths) {
    ctx.addIssue({ code: "custom", path: ["maxTermMonths"], message: "最长期限不能短于最短期限" });
  }
}

export const productCreateInput = productFields.extend({ institutionId: z.preprocess(blank, idField("所属机构").optional()) }).superRefine(productChecks);
export type ProductCreateInput = z.infer<typeof productCreateInput>;
export const productUpdateInput = productFields.partial().extend({ version }).superRefine(productChecks);
export type ProductUpdateInput = z.infer<typeof productUpdateInput>;

export const productSchema = z.object({
  id: z.number().int(), version: z.number().int(), name: z.string(),
  institution: z.object({ id: z.number().int(), name: z.string() }),
  instrument: z.string(), description: z.string().nullable(),
  minAmount: yuanString.nullable(), maxAmount: yuanString.nullable(), minTermMonths: z.number().int().nullable(), maxTermMonths: z.number().int().nullable(),
  rateBp: z.number().int().nullable(), rateNote: z.string().nullable(), minCo2ReductionT: z.number().nullable(),
  carbonToolLinked: z.boolean(), active: z.boolean(),
  categories: z.array(z.object({ id: z.number().int(), name: z.string() })),
  regions: z.array(z.object({ id: z.number().int(), name: z.string() })).describe("空表示全部区县"),
});
