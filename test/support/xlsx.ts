// Real spreadsheet files for tests, made with the same library users' files are read with.
import ExcelJS from "exceljs";
import { PROJECT_COLUMNS } from "@/lib/domain/import/columns";

export async function projectWorkbook(rows: Record<string, unknown>[], headers = PROJECT_COLUMNS.map((c) => c.header)): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("项目");
  ws.addRow(headers);
  for (const r of rows) ws.addRow(headers.map((h) => r[h] ?? null));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export async function readSheet(bytes: Uint8Array | Buffer, sheet = 0): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.worksheets[sheet];
  const out: unknown[][] = [];
  ws.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
  return out;
}
