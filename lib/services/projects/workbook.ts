// Reading and writing the project spreadsheet with exceljs: cells to plain values, the template
// with its explanation sheet, and rows out for export.
import ExcelJS from "exceljs";
import { PROJECT_COLUMNS, type Column } from "@/lib/domain/import/columns";
import type { RawRow } from "@/lib/domain/import/parse-rows";
import { ValidationError } from "@/lib/errors";
import { checkXlsx } from "@/lib/uploads/spreadsheet";

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const MAX_ROWS = 20_000;

/** A cell as the value a person sees: rich text, formulas, links and dates become plain. */
function plain(v: ExcelJS.CellValue): unknown {
  if (v === null || v === undefined) return "";
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.getUTCFullYear();
  if (typeof v === "object") {
    if ("richText" in v) return v.richText.map((r) => r.text).join("");
    if ("result" in v) return plain(v.result as ExcelJS.CellValue);
    if ("text" in v) return String(v.text);
    if ("error" in v) return "";
  }
  return String(v);
}

export async function readProjectRows(bytes: Uint8Array): Promise<RawRow[]> {
  // Type, size and expanded size are checked on the bytes before exceljs unpacks anything.
  await checkXlsx(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new ValidationError("无法读取该 Excel 文件，请确认文件未损坏。");
  }
  const sheet = workbook.worksheets.find((ws) => ws.name !== "填写说明") ?? workbook.worksheets[0];
  if (!sheet) throw new ValidationError("文件中没有工作表。");
  // The header row is the first of the top rows that names a required column.
  let headerRow = 0;
  let headers: string[] = [];
  for (let r = 1; r <= Math.min(5, sheet.rowCount); r++) {
    const values = (sheet.getRow(r).values as ExcelJS.CellValue[]).map((v) => String(plain(v)).trim());
    if (values.includes("项目名称")) {
      headerRow = r;
      headers = values;
      break;
    }
  }
  if (!headerRow) throw new ValidationError("找不到表头行：请使用系统提供的导入模板（第一行为“项目名称”等列名）。");
  const missing = PROJECT_COLUMNS.filter((c) => c.required && !headers.includes(c.header)).map((c) => c.header);
  if (missing.length) throw new ValidationError(`缺少必填列：${missing.join("、")}。请使用系统提供的导入模板。`);
  if (sheet.rowCount - headerRow > MAX_ROWS) throw new ValidationError(`一次最多导入 ${MAX_ROWS} 行，请拆分文件。`);

  const rows: RawRow[] = [];
  for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
    const values = sheet.getRow(r).values as ExcelJS.CellValue[];
    const cells: Record<string, unknown> = {};
    let any = false;
    headers.forEach((h, i) => {
      if (!h) return;
      const v = plain(values[i]);
      if (v !== "") any = true;
      cells[h] = v;
    });
    if (any) rows.push({ row: r, cells });
  }
  return rows;
}

function styleHeader(ws: ExcelJS.Worksheet, columns: readonly Pick<Column, "header" | "width" | "required">[]) {
  ws.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  const row = ws.getRow(1);
  row.font = { bold: true };
  columns.forEach((c, i) => {
    row.getCell(i + 1).fill = { type: "pattern", pattern: "solid", fgColor: { argb: c.required ? "FFFDE68A" : "FFE2E8F0" } };
  });
  ws.views = [{ state: "frozen", ySplit: 1 }];
}

export async function templateWorkbook(example: Record<string, unknown>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("项目");
  styleHeader(ws, PROJECT_COLUMNS);
  ws.addRow(PROJECT_COLUMNS.map((c) => example[c.header] ?? ""));
  const help = wb.addWorksheet("填写说明");
  help.columns = [{ header: "列名", width: 24 }, { header: "是否必填", width: 10 }, { header: "说明与可填写的值", width: 100 }];
  help.getRow(1).font = { bold: true };
  for (const c of PROJECT_COLUMNS) help.addRow([c.header, c.required ? "必填" : "可选", c.note]);
  help.addRow([]);
  help.addRow(["提示", "", "第一张工作表第一行为表头，从第二行起每行一个项目；示例行可直接修改或删除。导入前系统会先检查所有行，全部无误后才一次性写入。"]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function rowsWorkbook(sheetName: string, columns: { header: string; width: number }[], rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  styleHeader(ws, columns);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** CSV in UTF-8 with a byte-order mark, so that Excel opens the Chinese text correctly. */
export function csvBuffer(headers: string[], rows: unknown[][]): Buffer {
  const esc = (v: unknown) => {
    const s = v === null || v === undefined ? "" : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const text = [headers, ...rows].map((r) => r.map(esc).join(",")).join("\r\n") + "\r\n";
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]);
}
