import { describe, expect, it } from "vitest";
import { projectCreateInput, projectListQuery, projectUpdateInput } from "@/lib/validation/projects";

const valid = {
  name: "雨湖区分布式光伏项目", regionId: "3", categoryId: "2", totalInvestment: "3,500", ownFunds: "500万", stage: "PREPARATION",
  carbonToolEligible: "on", highEmission: "false", contactPhone: "13807310000", startYear: "2026", endYear: "2027", co2ReductionT: "",
};

function issues(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));
}

describe("project input", () => {
  it("accepts a form submission and converts amounts to exact yuan", () => {
    const r = projectCreateInput.safeParse(valid);
    expect(r.success).toBe(true);
    expect(r.data).toMatchObject({ totalInvestment: 35_000_000n, ownFunds: 5_000_000n, regionId: 3, carbonToolEligible: true, highEmission: false });
    expect(r.data!.co2ReductionT).toBeUndefined();
    expect(r.data!.financingNeed).toBeUndefined();
  });

  it("puts each message beside its field", () => {
    const r = projectCreateInput.safeParse({ ...valid, name: "", totalInvestment: "abc", regionId: "", stage: "SOMEDAY", contactPhone: "12345", co2ReductionT: "-3" });
    expect(r.success).toBe(false);
    const m = issues(r);
    expect(m.name).toContain("项目名称");
    expect(m.totalInvestment).toContain("无法识别的金额");
    expect(m.regionId).toContain("所在区县");
    expect(m.stage).toContain("实施阶段");
    expect(m.contactPhone).toContain("联系电话");
    expect(m.co2ReductionT).toContain("不能为负数");
  });

  it("checks rules across fields", () => {
    const m = issues(projectCreateInput.safeParse({ ...valid, ownFunds: "4000", financingNeed: "1.2亿", startYear: "2028", endYear: "2026" }));
    expect(m.ownFunds).toBe("自有资金不能超过总投资");
    expect(m.financingNeed).toBe("融资需求不能超过总投资");
    expect(m.endYear).toBe("完工年份不能早于开工年份");
  });

  it("an edit carries its version and leaves absent fields alone", () => {
    const r = projectUpdateInput.safeParse({ version: "3", name: "新名称" });
    expect(r.success).toBe(true);
    expect(r.data).toEqual({ version: 3, name: "新名称" });
    expect(issues(projectUpdateInput.safeParse({ name: "新名称" })).version).toBe("缺少版本号");
  });

  it("reads list filters from a URL, ignoring empty ones", () => {
    const q = projectListQuery.parse({ q: "光伏", status: "", funding: "PARTLY", sort: "gapAmount", dir: "desc", page: "2" });
    expect(q).toMatchObject({ q: "光伏", funding: "PARTLY", sort: "gapAmount", dir: "desc", page: 2, pageSize: 20 });
    expect(q.status).toBeUndefined();
    expect(projectListQuery.safeParse({ sort: "passwordHash" }).success).toBe(false);
  });
});
