import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadActor } from "@/lib/services/auth";
import { listProjects } from "@/lib/services/projects/list";
import { headlineFigures } from "@/lib/services/summary";

describe("region scope", () => {
  it("a district officer sees that district's projects and figures only", async () => {
    const county = await db.region.findUniqueOrThrow({ where: { code: "430321" } });
    const staff = await db.user.findUniqueOrThrow({ where: { username: "staff" } });
    const user = await db.user.create({
      data: { username: `county-${Date.now()}`, displayName: "湘潭县业务员", role: "BUREAU_STAFF", passwordHash: staff.passwordHash, regionId: county.id, organizationId: staff.organizationId },
    });
    const actor = (await loadActor(user.id))!;
    const expected = await db.project.findMany({ where: { regionId: county.id }, select: { id: true, totalInvestment: true } });
    expect(expected.length).toBeGreaterThan(0);

    const list = await listProjects(actor, { pageSize: 200 });
    expect(list.total).toBe(expected.length);
    expect(list.items.every((p) => p.district === county.name)).toBe(true);

    const f = await headlineFigures(actor);
    expect(f.projectsInLibrary).toBe(expected.length);
    expect(f.totalInvestment).toBe(expected.reduce((s, p) => s + p.totalInvestment, 0n));
    const adbHere = await db.adbSubProject.count({ where: { regionId: county.id } });
    expect(f.adb.subProjects).toBe(adbHere);
  });

  it("a city officer sees every district of the city", async () => {
    const staff = (await loadActor((await db.user.findUniqueOrThrow({ where: { username: "staff" } })).id))!;
    expect(staff.regionId).not.toBeNull();
    expect((await listProjects(staff, { pageSize: 1 })).total).toBe(await db.project.count());
  });
});
