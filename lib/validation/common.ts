import { z } from "zod";

// Validation messages in Chinese wherever a schema gives none of its own.
z.config(z.locales.zhCN());

/** Page and size from query strings, with bounds that keep every list query cheap. */
export const pagingSchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

/** Money in API answers: yuan as a decimal string, exact (no binary float on the way). */
export const yuanString = z.string().regex(/^-?\d+$/).describe("金额（元），十进制整数字符串");

/**
 * Ids and versions are 32-bit integers in the database. PostgreSQL refuses a larger number in a
 * query outright (a server error), so a larger one is invalid input here, on either engine.
 */
export const MAX_DB_INT = 2_147_483_647;

export const idParam = z.coerce.number().int().positive().max(MAX_DB_INT);

/**
 * One item of a list of ids: text from a form becomes a number; anything else is left for the
 * schema to refuse (Number() on a nested array recurses through it until the stack overflows).
 */
export const idListItem = (x: unknown) => (typeof x === "string" ? Number(x) : x);
