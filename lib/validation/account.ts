// Inputs of the account pages: password change, API tokens, and the administrator's user edits.
import { z } from "zod";
import { PASSWORD_MAX_LENGTH } from "@/lib/domain/sign-in-rules";
import { requiredText } from "./fields";

const password = (label: string) => z.string({ error: `请填写${label}` }).min(1, `请填写${label}`).max(PASSWORD_MAX_LENGTH, `${label}不能超过 ${PASSWORD_MAX_LENGTH} 位`);

export const passwordChangeInput = z.object({
  current: password("当前密码"),
  next: password("新密码"),
  confirm: password("确认新密码"),
});

export const apiTokenInput = z.object({
  name: requiredText("令牌名称", 1, 60),
  days: z.preprocess((v) => (v === "" || v === undefined ? 90 : v), z.coerce.number({ error: "有效期须为 1–365 天" }).int("有效期须为 1–365 天").min(1, "有效期须为 1–365 天").max(365, "有效期须为 1–365 天")),
});
