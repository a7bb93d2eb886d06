import { describe, expect, it } from "vitest";
import { projectWorkbook } from "../support/xlsx";
import { bombWorkbook, deflatedRepeat, stored, zipOf } from "../support/zip";
import { inspectZip, readCentralDirectory, ZipRefused } from "@/lib/uploads/zip";

const limits = { maxUncompressedBytes: 100 * 1024 * 1024, maxEntries: 2000, maxRatio: 200 };
const problem = (p: Promise<unknown>) => p.then(() => "accepted", (e) => (e instanceof ZipRefused ? e.problem : `other: ${e}`));

describe("ZIP inspection before unpacking", () => {
  it("reads a real workbook's directory and lets it through", async () => {
    const file = await projectWorkbook(Array.from({ length: 500 }, (_, i) => ({ 项目名称: `项目${i}`, "总投资（万元）": i })));
    const { entries, uncompressedBytes } = await inspectZip(file, limits);
    expect(entries.map((e) => e.name)).toEqual(expect.arrayContaining(["[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"]));
    expect(uncompressedBytes).toBeGreaterThan(file.byteLength);
  });

  it("names the problem: expanded size, lying size, ratio, entry count, encryption, damage", async () => {
    const sheet = await deflatedRepeat(8 * 1024 * 1024);
    expect(await problem(inspectZip(bombWorkbook(sheet), { ...limits, maxUncompressedBytes: 4 * 1024 * 1024 }))).toBe("size");
    expect(await problem(inspectZip(bombWorkbook(sheet, 1024), limits))).toBe("size");
    expect(await problem(inspectZip(bombWorkbook(sheet), limits))).toBe("ratio");
    const many = zipOf(Array.from({ length: 30 }, (_, i) => stored(`f${i}.xml`, "<x/>")));
    expect(await problem(inspectZip(many, { ...limits, maxEntries: 20 }))).toBe("entries");
    expect(readCentralDirectory(many, 30)).toHaveLength(30);
    const encrypted = zipOf([stored("xl/workbook.xml", "secret")]);
    const at = encrypted.byteLength - 22 - 46 - "xl/workbook.xml".length;
    encrypted[at + 8] |= 1; // the central directory's "encrypted" flag
    expect(await problem(inspectZip(encrypted, limits))).toBe("encrypted");
    expect(await problem(inspectZip(bombWorkbook(sheet).subarray(0, 500), limits))).toBe("format");
  });
});
