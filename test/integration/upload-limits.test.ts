import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { postImport } from "@/lib/http/endpoints/projects";
import { MAX_UPLOAD_BYTES } from "@/lib/uploads/limits";
import { apiRequest, removeProjects, sessionCookie } from "../support/actors";
import { projectWorkbook } from "../support/xlsx";
import { bombWorkbook, deflatedRepeat, stored, zipOf } from "../support/zip";

const noParams = { params: Promise.resolve({}) };
const TAG = `上传限制${Date.now() % 100000}`;
const MB = 1024 * 1024;
const NOT_XLSX = "文件不是有效的 Excel（.xlsx）文件";
const UNZIPPED = "文件解压后过大（超过 100 MB），已拒绝。";

let staff: string;
let projectsBefore: number;
beforeAll(async () => {
  staff = await sessionCookie("staff");
  projectsBefore = await db.project.count();
});
afterAll(async () => {
  await removeProjects((await db.project.findMany({ where: { name: { startsWith: TAG } }, select: { id: true } })).map((p) => p.id));
});

/** The import page's request: multipart with the file in field "file", committing unless told otherwise. */
function upload(bytes: Uint8Array, fileName = "项目.xlsx", init: { dryRun?: boolean; headers?: Record<string, string>; body?: BodyInit } = {}) {
  const form = new FormData();
  form.set("file", new Blob([new Uint8Array(bytes)], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }), fileName);
  return postImport(apiRequest(`/api/v1/projects/import?dryRun=${init.dryRun ?? false}&duplicates=skip`, {
    method: "POST", cookie: staff, body: init.body ?? form, headers: init.headers, duplex: "half",
  } as RequestInit & { cookie: string }), noParams);
}

async function refusal(res: Response) {
  const body = await res.json();
  return { status: res.status, code: body.error?.code, message: body.error?.message as string };
}

/** A request body that counts what the server reads of it: `size` bytes in 1 MB chunks. */
function countedBody(size: number) {
  const read = { bytes: 0 };
  const chunk = new Uint8Array(MB);
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (read.bytes >= size) return controller.close();
      read.bytes += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, read };
}

describe("spreadsheet upload limits", () => {
  it("refuses a file over 10 MB with 413 and its message, and writes nothing", async () => {
    const big = new Uint8Array(MAX_UPLOAD_BYTES + 1);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    expect(await refusal(await upload(big))).toEqual({ status: 413, code: "PAYLOAD_TOO_LARGE", message: "文件超过 10 MB，请拆分后分批导入。" });
  });

  it("refuses by the declared length before reading the body, and stops reading a body without one at the limit", async () => {
    const declared = countedBody(50 * MB);
    const res = await upload(new Uint8Array(), "x.xlsx", {
      body: declared.stream, headers: { "content-type": "multipart/form-data; boundary=x", "content-length": String(50 * MB) },
    });
    expect(res.status).toBe(413);
    expect(declared.read.bytes).toBeLessThanOrEqual(2 * MB); // at most what the stream buffered ahead

    const chunked = countedBody(50 * MB);
    const res2 = await upload(new Uint8Array(), "x.xlsx", { body: chunked.stream, headers: { "content-type": "multipart/form-data; boundary=x" } });
    expect(res2.status).toBe(413);
    expect(chunked.read.bytes).toBeLessThanOrEqual(MAX_UPLOAD_BYTES + 3 * MB);
  });

  it("judges the type by content, not by the name: a PNG, a text file, an old .xls and a Word file renamed .xlsx are refused", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    const text = new TextEncoder().encode(`项目名称,总投资（万元）\n${TAG}文本,100\n`);
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const docx = zipOf([stored("[Content_Types].xml", "<Types/>"), stored("word/document.xml", "<w:document/>")]);
    const answers = await Promise.all([png, text, xls, docx].map(async (bytes) => refusal(await upload(bytes, "项目.xlsx"))));
    expect(answers.map((a) => a.status)).toEqual([400, 400, 400, 400]);
    expect(answers.every((a) => a.code === "VALIDATION" && a.message.startsWith(NOT_XLSX))).toBe(true);
    expect(answers[1].message).toContain("CSV");
    expect(answers[2].message).toContain(".xls");
  });

  it("refuses zip bombs — declared huge, hiding behind a small declared size, or an absurd ratio — before exceljs unpacks them", async () => {
    const huge = await deflatedRepeat(110 * MB);
    const honest = bombWorkbook(huge); // says it expands to 110 MB
    const lying = bombWorkbook(huge, MB); // says 1 MB, inflates to 110 MB
    const dense = bombWorkbook(await deflatedRepeat(60 * MB)); // under the size limit, ~1000:1
    for (const bomb of [honest, lying, dense]) {
      expect(bomb.byteLength).toBeLessThan(200 * 1024); // small on disk
      const started = performance.now();
      expect(await refusal(await upload(bomb))).toEqual({ status: 400, code: "VALIDATION", message: UNZIPPED });
      expect(performance.now() - started).toBeLessThan(10_000); // exceljs would take far longer on 110 MB
    }
  });

  it("still imports a real workbook, and nothing any refused upload sent was written", async () => {
    const file = await projectWorkbook([{ 项目名称: `${TAG}项目1`, 项目单位: "湘潭城市建设投资经营集团有限公司", 项目类别: "M03", 所在区县: "岳塘区", 实施阶段: "前期", "总投资（万元）": 100 }]);
    const res = await upload(file);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ committed: true, created: 1 });
    expect(await db.project.count()).toBe(projectsBefore + 1);
  });
});
