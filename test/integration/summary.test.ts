import { describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/errors";
import { headlineFigures } from "@/lib/services/summary";
import { listProjects } from "@/lib/services/projects/list";
import { actorOf } from "../support/actors";

describe("headline figures on the demo data", () => {
  it("reproduce the pilot city's public aggregates exactly", async () => {
    const f = await headlineFigures(await actorOf("staff"));
    expect(f.projectsInLibrary).toBe(86);
    expect(f.adb).toEqual({ subProjects: 16, allocation: 1_046_570_000n });
    expect(f.green).toEqual({ projects: 9, amount: 2_200_000_000n });
    expect(f.byCategory).toHaveLength(10);
    expect(f.byCategory.every((c) => c.projects > 0)).toBe(true);
    expect(f.byCategory.reduce((s, c) => s + c.projects, 0)).toBe(86);
  });

  it("equal the sums over the project list, to the yuan", async () => {
    const staff = await actorOf("staff");
    const f = await headlineFigures(staff);
    const list = await listProjects(staff, { pageSize: 200 });
    expect(list.total).toBe(86);
    const sum = (k: "totalInvestment" | "financingNeed" | "securedAmount" | "gapAmount") => list.items.reduce((s, p) => s + p[k], 0n);
    expect(sum("totalInvestment")).toBe(f.totalInvestment);
    expect(sum("financingNeed")).toBe(f.need);
    expect(sum("securedAmount")).toBe(f.secured);
    expect(sum("gapAmount")).toBe(f.gap);
    expect(f.secured).toBe(1_046_570_000n + 2_200_000_000n);
    expect(f.byCategory.reduce((s, c) => s + c.gap, 0n)).toBe(f.gap);
  });

  it("are for the bureau and leaders, not for banks or owners", async () => {
    await expect(headlineFigures(await actorOf("leader"))).resolves.toMatchObject({ projectsInLibrary: 86 });
    await expect(headlineFigures(await actorOf("bank1"))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(headlineFigures(await actorOf("owner"))).rejects.toBeInstanceOf(ForbiddenError);
  });
});
