import { z } from "zod";
import { CategoryFamily } from "@/lib/db/generated/sqlite/enums";
import { optionalText, requiredText } from "./fields";

const code = z.string({ error: "请填写代码" }).trim().regex(/^[A-Za-z0-9-]{1,20}$/, "代码只能包含字母、数字和连字符（最多 20 个字符）");

export const categoryInput = z.object({
  code,
  name: requiredText("类别名称", 2, 40),
  family: z.enum(Object.values(CategoryFamily) as [CategoryFamily, ...CategoryFamily[]], { error: "请选择类别归属" }),
  description: optionalText(200),
});

export const regionInput = z.object({
  code,
  name: requiredText("区县名称", 2, 40),
  level: z.enum(["DISTRICT", "PARK"], { error: "请选择类型" }),
});

export const retireInput = z.object({ retired: z.preprocess((v) => v === true || v === "true", z.boolean()) });
