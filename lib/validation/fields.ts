// Field schemas shared by forms (messages beside the fields), server actions and the API.
// Forms send "" for an empty input: every optional field treats "" as absent.
import { z } from "zod";
import { parseAmount } from "@/lib/domain/amount-input";
import { dayToDate, isIsoDay } from "@/lib/domain/calendar";
import { parseRatePercent } from "@/lib/domain/rate-input";
import { MAX_DB_INT } from "./common";

const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

export const optionalText = (max: number) => z.preprocess(blankToUndefined, z.string().trim().max(max, `不能超过 ${max} 个字`).optional());

export const requiredText = (label: string, min: number, max: number) =>
  z.string({ error: `请填写${label}` }).trim().superRefine((v, ctx) => {
    const message = !v ? `请填写${label}` : v.length < min ? `${label}至少 ${min} 个字` : v.length > max ? `${label}不能超过 ${max} 个字` : null;
    if (message) ctx.addIssue({ code: "custom", message });
  });

/** An amount in 万元 (or with 万/亿/元 written after it): exact yuan. */
export const wanAmount = (label: string) =>
  z.union([z.string(), z.number()], { error: `请填写${label}` }).transform((v, ctx) => {
    const r = parseAmount(v);
    if (!r.ok) {
      ctx.addIssue({ code: "custom", message: `${label}：${r.message}` });
      return z.NEVER;
    }
    return r.yuan;
  });

export const optionalWanAmount = (label: string) => z.preprocess(blankToUndefined, wanAmount(label).optional());

export const optionalNonNegative = (label: string) =>
  z.preprocess(blankToUndefined, z.coerce.number({ error: `${label}须为数字` }).min(0, `${label}不能为负数`).max(1e12, `${label}过大`).optional());

export const optionalInt = (label: string, min: number, max: number) =>
  z.preprocess(blankToUndefined, z.coerce.number({ error: `${label}须为整数` }).int(`${label}须为整数`).min(min, `${label}不能小于 ${min}`).max(max, `${label}不能大于 ${max}`).optional());

export const idField = (label: string) => z.coerce.number({ error: `请选择${label}` }).int().positive(`请选择${label}`).max(MAX_DB_INT, `请选择${label}`);

/**
 * A yes/no field: JSON sends booleans; forms send "on" when ticked and, from a hidden input
 * placed before the checkbox, "false" when not. Absent means "not given" (unchanged on edit).
 */
export const checkbox = z.preprocess(
  (v) => (v === undefined || v === "" ? undefined : v === true || v === "on" || v === "true" || v === "1"),
  z.boolean().optional(),
);

export const enumField = <T extends readonly [string, ...string[]]>(values: T, label: string) =>
  z.enum(values, { error: `请选择${label}` });

/** A calendar day as "YYYY-MM-DD" (what a date input sends), kept as that text. */
export const dayText = (label: string) =>
  z.string({ error: `请填写${label}` }).trim().superRefine((v, ctx) => {
    if (!v) ctx.addIssue({ code: "custom", message: `请填写${label}` });
    else if (!isIsoDay(v)) ctx.addIssue({ code: "custom", message: `${label}须为有效日期，格式如 2026-03-15` });
  });

/** A calendar day as the database keeps it: that day at 00:00 UTC, so it never shifts with a server's time zone. */
export const dateField = (label: string) => dayText(label).transform(dayToDate);

/** An amount in 万元 that must be more than nothing. */
export const positiveWanAmount = (label: string) => wanAmount(label).refine((v) => v > 0n, `${label}须大于 0`);

/** An annual rate typed in percent ("3.45", "3.45%") → basis points. */
export const optionalRatePercent = (label: string) =>
  z.preprocess(blankToUndefined, z.union([z.string(), z.number()]).transform((v, ctx) => {
    const r = parseRatePercent(v);
    if (!r.ok) {
      ctx.addIssue({ code: "custom", message: `${label}：${r.message}` });
      return z.NEVER;
    }
    return r.bp;
  }).optional());
