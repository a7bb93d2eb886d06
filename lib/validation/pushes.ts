// Inputs of pushing projects to institutions and of a bank's answers.
import { z } from "zod";
import { Instrument } from "@/lib/db/generated/sqlite/enums";
import { dayText, enumField, idField, optionalInt, optionalRatePercent, optionalText, optionalWanAmount } from "./fields";

const values = <T extends Record<string, string>>(e: T) => Object.values(e) as [T[keyof T], ...T[keyof T][]];
const blank = (v: unknown) => (v === "" || v === null ? undefined : v);

const idList = z.preprocess(
  (v) => (v === undefined || v === "" ? [] : (Array.isArray(v) ? v : String(v).split(",")).filter((x) => x !== "").map(Number)),
  z.array(z.number({ error: "机构有误" }).int().positive("机构有误")).min(1, "请至少选择一家机构").max(20, "一次最多推送给 20 家机构"),
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
