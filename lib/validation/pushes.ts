// Inputs of pushing projects to institutions and of a bank's answers.
import { z } from "zod";
import { Instrument } from "@/lib/db/generated/sqlite/enums";
import { idListItem, idParam, MAX_DB_INT, pagingSchema, yuanString } from "./common";
import { dayText, enumField, idField, optionalInt, optionalRatePercent, optionalText, optionalWanAmount } from "./fields";

const values = <T extends Record<string, string>>(e: T) => Object.values(e) as [T[keyof T], ...T[keyof T][]];
const blank = (v: unknown) => (v === "" || v === null ? undefined : v);

const idList = z.preprocess(
  (v) => (v === undefined || v === "" ? [] : (Array.isArray(v) ? v : String(v).split(",")).filter((x) => x !== "").map(idListItem)),
  z.array(z.number({ error: "机构有误" }).int().positive("机构有误").max(MAX_DB_INT, "机构有误")).min(1, "请至少选择一家机构").max(20, "一次最多推送给 20 家机构"),
);

export const pushCreateInput = z.object({
  projectId: idField("项目"),
  institutionIds: idList,
  productId: z.preprocess(blank, idField("产品").optional()),
  message: optionalText(500),
});

export const ANSWERS = ["INTERESTED", "DECLINED", "DUE_DILIGENCE", "APPROVED", "DISBURSED"] as const;

export const pushAnswerInput = z.object({
  status: enumField(ANSWERS, "答复"),
  amount: optionalWanAmount("金额"),
  date: z.preprocess(blank, dayText("日期").optional()),
  reason: optionalText(500),
  instrument: z.preprocess(blank, enumField(values(Instrument), "融资工具").optional()),
  rateBp: optionalRatePercent("利率"),
  termMonths: optionalInt("期限（月）", 1, 480),
});

const optionalId = z.preprocess(blank, idParam.optional());

export const pushListQuery = pagingSchema.extend({
  institutionId: optionalId.describe("金融机构（银行只能看本机构）"),
  projectId: optionalId,
  status: z.preprocess(blank, z.enum(["PENDING", ...ANSWERS]).optional()),
  overdue: z.preprocess((v) => (v === "" || v === undefined ? undefined : v === true || v === "1" || v === "true"), z.boolean().optional())
    .describe("只看逾期未答复的"),
});
export type PushListQuery = z.infer<typeof pushListQuery>;

export const pushItemSchema = z.object({
  id: z.number().int(), status: z.string(), message: z.string().nullable(), createdAt: z.string(), dueAt: z.string(), dueDay: z.string(),
  respondedAt: z.string().nullable(), overdue: z.boolean(),
  institution: z.object({ id: z.number().int(), name: z.string() }),
  project: z.object({ id: z.number().int(), code: z.string(), name: z.string(), category: z.string(), district: z.string(), financingNeed: yuanString, gapAmount: yuanString }),
});
export const pushListSchema = z.object({ total: z.number().int(), page: z.number().int(), pageSize: z.number().int(), items: z.array(pushItemSchema) });
