import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const prisma = join(process.cwd(), "prisma");

describe("migrations", () => {
  it("cover the current schema: run `npm run db:migration -- <name>` after editing schema.prisma", () => {
    const schema = readFileSync(join(prisma, "schema.prisma"), "utf8");
    const snapshot = readFileSync(join(prisma, "migrations", "schema.snapshot.prisma"), "utf8");
    expect(snapshot).toBe(schema);
  });

  it("exist for both engines, in the same sequence", () => {
    const names = (provider: string) => readdirSync(join(prisma, "migrations", provider), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
    expect(names("sqlite").length).toBeGreaterThan(0);
    expect(names("postgresql")).toEqual(names("sqlite"));
  });
});
