// Inputs of the account pages: password change, API tokens, and the administrator's user edits.
import { z } from "zod";
import { PASSWORD_MAX_LENGTH } from "@/lib/domain/sign-in-rules";
import { MAX_DB_INT } from "./common";
import { enumField, idField, optionalText, requiredText } from "./fields";

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

const ROLES = ["BUREAU_ADMIN", "BUREAU_STAFF", "BANK", "LEADER", "PROJECT_OWNER"] as const;
const blank = (v: unknown) => (v === "" || v === null ? undefined : v);
const optionalId = (label: string) => z.preprocess(blank, idField(label).optional());
const version = z.coerce.number({ error: "版本号有误" }).int().positive("版本号有误").max(MAX_DB_INT, "版本号有误");

/** What an administrator sets on an account; the organization must fit the role (checked in the service). */
const userFields = {
  displayName: requiredText("姓名", 1, 40),
  role: enumField(ROLES, "角色"),
  organizationId: optionalId("所属机构"),
  regionId: optionalId("辖区"),
  email: optionalText(120).pipe(z.email("邮箱格式不正确").optional()),
  phone: optionalText(30),
};

export const userCreateInput = z.object({
  username: z.string({ error: "请填写用户名" }).trim().regex(/^[a-zA-Z][a-zA-Z0-9_.-]{2,31}$/, "用户名须以字母开头，3–32 位字母、数字、下划线、点或连字符"),
  password: z.string({ error: "请填写初始密码" }).min(1, "请填写初始密码").max(PASSWORD_MAX_LENGTH),
  ...userFields,
});

export const userUpdateInput = z.object({ version, ...userFields });
export const userVersionInput = z.object({ version });
export const userResetInput = z.object({ version, password: z.string({ error: "请填写临时密码" }).min(1, "请填写临时密码").max(PASSWORD_MAX_LENGTH) });
