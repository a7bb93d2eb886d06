import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { listProducts } from "@/lib/services/products";
import { getProjectSummary, listProjects } from "@/lib/services/projects/list";
import { NotFoundError } from "@/lib/errors";
import { listPushes, pushPipeline } from "@/lib/services/pushes";
import { actorOf } from "../support/actors";

describe("record scope through the services", () => {
  it("a bank sees only pushes and products of its own institution", async () => {
    const [bank1, bank2] = [await actorOf("bank1"), await actorOf("bank2")];
    const [p1, p2] = [(await listPushes(bank1, { pageSize: 200 })).items, (await listPushes(bank2, { pageSize: 200 })).items];
    expect(p1.length).toBeGreaterThan(0);
    expect(p2.length).toBeGreaterThan(0);
    const org1 = await db.organization.findUniqueOrThrow({ where: { id: bank1.organizationId! } });
    expect(new Set(p1.map((p) => p.institution.name))).toEqual(new Set([org1.name]));
    expect(p1.map((p) => p.id).filter((id) => p2.some((q) => q.id === id))).toEqual([]);
    const products = await listProducts(bank1);
    expect(products.length).toBeGreaterThan(0);
    expect(products.every((p) => p.institution.name === org1.name)).toBe(true);
    const all = await listPushes(await actorOf("staff"));
    expect(all.total).toBeGreaterThan(p1.length + p2.length - 1);
    const pipeline = await pushPipeline(bank1);
    expect(Object.values(pipeline).reduce<number>((s, n) => s + (n ?? 0), 0)).toBe(p1.length);
  });

  it("a bank's project list holds only projects pushed or matched to it", async () => {
    const bank1 = await actorOf("bank1");
    const visible = await listProjects(bank1, { pageSize: 200 });
    const pushed = (await listPushes(bank1, { pageSize: 200 })).items.map((p) => p.project.id);
    const matched = (await db.match.findMany({ where: { eligible: true, product: { institutionId: bank1.organizationId! } }, select: { projectId: true } })).map((m) => m.projectId);
    const expected = new Set([...pushed, ...matched]);
    expect(matched.length).toBeGreaterThan(0);
    expect(visible.total).toBe(expected.size);
    expect(visible.items.every((p) => expected.has(p.id))).toBe(true);
  });

  it("a bank also sees projects matched to its products, and another bank gets 404 for them", async () => {
    const [bank1, bank2] = [await actorOf("bank1"), await actorOf("bank2")];
    const product = await db.financeProduct.findFirstOrThrow({ where: { institutionId: bank1.organizationId! } });
    const project = await db.project.findFirstOrThrow({
      where: { reviewStatus: "IN_LIBRARY", pushes: { none: {} }, matches: { none: {} } },
    });
    const match = await db.match.create({ data: { projectId: project.id, productId: product.id, eligible: true, score: 80, reasons: [] } });
    try {
      const visible = await listProjects(bank1, { pageSize: 200 });
      expect(visible.items.map((p) => p.id)).toContain(project.id);
      await expect(getProjectSummary(bank1, project.id)).resolves.toMatchObject({ code: project.code });
      await expect(getProjectSummary(bank2, project.id)).rejects.toBeInstanceOf(NotFoundError);
      await db.match.update({ where: { id: match.id }, data: { eligible: false } });
      await expect(getProjectSummary(bank1, project.id)).rejects.toBeInstanceOf(NotFoundError);
    } finally {
      await db.match.delete({ where: { id: match.id } });
    }
  });

  it("an owner sees only its own organization's projects", async () => {
    const owner = await actorOf("owner");
    const mine = await listProjects(owner, { pageSize: 200 });
    const expected = await db.project.count({ where: { ownerOrgId: owner.organizationId! } });
    expect(mine.total).toBe(expected);
    expect(expected).toBeGreaterThanOrEqual(5);
    const org = await db.organization.findUniqueOrThrow({ where: { id: owner.organizationId! } });
    expect(mine.items.every((p) => p.owner === org.name)).toBe(true);
  });

  it("searches by name, code or owner in Chinese", async () => {
    const staff = await actorOf("staff");
    const hospital = await listProjects(staff, { q: "医院" });
    expect(hospital.total).toBeGreaterThan(0);
    expect(hospital.items.every((p) => p.name.includes("医院") || p.owner.includes("医院"))).toBe(true);
  });
});
