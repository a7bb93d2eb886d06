import { describe, expect, it } from "vitest";
import { en } from "@/lib/i18n/en";
import { zhCN } from "@/lib/i18n/zh-CN";
import { messages } from "@/lib/i18n";

function paths(obj: object, prefix = ""): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === "object" && v !== null ? paths(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe("message catalogs", () => {
  it("every English key exists in the Chinese catalog", () => {
    const zh = new Set(paths(zhCN));
    expect(paths(en).filter((p) => !zh.has(p))).toEqual([]);
  });

  it("English falls back to Chinese for what it does not translate", () => {
    const m = messages("en");
    expect(paths(m)).toEqual(paths(zhCN));
    expect(m.login.title).toBe("Sign in");
    expect(m.kpi.gap).toBe(zhCN.kpi.gap);
  });

  it("has no empty Chinese strings", () => {
    const leaves = paths(zhCN).map((p) => p.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], zhCN));
    expect(leaves.every((v) => typeof v === "string" && v.trim().length > 0)).toBe(true);
  });
});
