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

export const idParam = z.coerce.number().int().positive();
