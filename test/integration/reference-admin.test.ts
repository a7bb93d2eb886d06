import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/errors";
import { referenceData } from "@/lib/services/reference";
import { deleteReference, listReference, saveCategory, saveRegion, setRetired } from "@/lib/services/reference-admin";
import { createProject } from "@/lib/services/projects/write";
import { actorOf } from "../support/actors";

describe("reference data administration", () => {
  it("adds, renames, retires and deletes categories; one in use can only be retired", async () => {
    const admin = await actorOf("admin");
    const staff = await actorOf("staff");
    const created = await saveCategory(admin, null, { code: "M99", name: "测试新增类别", family: "MITIGATION" });
    await expect(saveCategory(admin, null, { code: "M99", name: "另一个", family: "MITIGATION" })).rejects.toBeInstanceOf(ValidationError);
    await expect(saveCategory(admin, null, { code: "X1", name: "清洁能源", family: "MITIGATION" })).rejects.toThrow("已被使用");
    await saveCategory(admin, created.id, { code: "M99", name: "测试改名类别", family: "ADAPTATION" });
    expect(await db.category.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({ name: "测试改名类别", family: "ADAPTATION" });

    await setRetired(admin, "category", created.id, { retired: true });
    expect((await referenceData(staff)).categories.map((c) => c.id)).not.toContain(created.id);
    const region = await db.region.findUniqueOrThrow({ where: { code: "430302" } });
    const error = await createProject(staff, { name: "停用类别测试", regionId: region.id, categoryId: created.id, ownerOrgId: (await actorOf("owner")).organizationId, totalInvestment: "100", stage: "PREPARATION" }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.details.fields[0]).toMatchObject({ path: "categoryId", message: "该类别已停用，请选择其他类别" });

    await deleteReference(admin, "category", created.id);
    expect(await db.category.findUnique({ where: { id: created.id } })).toBeNull();

    const used = await db.category.findUniqueOrThrow({ where: { code: "M03" } });
    await expect(deleteReference(admin, "category", used.id)).rejects.toBeInstanceOf(ConflictError);
    expect((await listReference(admin)).categories.find((c) => c.id === used.id)!.uses).toBeGreaterThan(0);
    expect(await db.auditLog.count({ where: { entity: "Category", entityId: String(created.id) } })).toBe(4);
  });

  it("adds a district under the city and refuses deleting one in use", async () => {
    const admin = await actorOf("admin");
    const added = await saveRegion(admin, null, { code: "430399", name: "测试新区", level: "PARK" });
    const city = await db.region.findUniqueOrThrow({ where: { code: "430300" } });
    expect(added.parentId).toBe(city.id);
    const yuhu = await db.region.findUniqueOrThrow({ where: { code: "430302" } });
    await expect(deleteReference(admin, "region", yuhu.id)).rejects.toThrow("只能停用");
    await deleteReference(admin, "region", added.id);
  });

  it("is for administrators only", async () => {
    for (const who of ["staff", "leader", "bank1", "owner"] as const) {
      await expect(listReference(await actorOf(who))).rejects.toBeInstanceOf(ForbiddenError);
      await expect(saveCategory(await actorOf(who), null, { code: "Z1", name: "越权类别", family: "MITIGATION" })).rejects.toBeInstanceOf(ForbiddenError);
    }
  });
});
