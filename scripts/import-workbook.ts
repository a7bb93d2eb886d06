// The generated project spreadsheet of the import benchmark, also the file the import crash test
// kills an import of. Every amount notation the import accepts appears; half the rows enter the
// library, so a commit also writes their review transitions and matches.
import ExcelJS from "exceljs";
import { PROJECT_COLUMNS } from "../lib/domain/import/columns";

export interface GeneratedRows {
  rows: number;
  /** Prefix of the project and owner names: rows of one file are found by it. */
  tag?: string;
  /** Rows carry their own codes (`<codePrefix>-<n>`) instead of taking the automatic ones. */
  codePrefix?: string;
}

const categories = ["清洁能源", "M02", "建筑领域节能降碳", "A03", "造林和森林养护"];
const districts = ["雨湖区", "岳塘区", "湘潭县", "湘乡市", "韶山市", "湘潭高新区", "湘潭经开区"];
const amounts = (i: number) => [`${1000 + i}.5`, `${(i % 90) + 10}00万`, `1.${i % 10}亿`, `１２${i % 10}０`, 880.25 + i][i % 5];

export const generatedCode = (codePrefix: string, i: number) => `${codePrefix}-${String(i).padStart(6, "0")}`;

export async function generatedImportWorkbook({ rows, tag = "性能测试", codePrefix }: GeneratedRows): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("项目");
  ws.addRow(PROJECT_COLUMNS.map((c) => c.header));
  for (let i = 0; i < rows; i++) {
    const cells: Record<string, unknown> = {
      ...(codePrefix ? { 项目编号: generatedCode(codePrefix, i) } : {}),
      项目名称: `${tag}项目${i}`, 项目单位: `${tag}单位${i % 200}`, 项目类别: categories[i % 5], 所在区县: districts[i % 7],
      实施阶段: ["前期", "在建", "建成运营"][i % 3], 开工年份: 2024 + (i % 3), 完工年份: 2027, "总投资（万元）": amounts(i),
      "预期年减排量（tCO2e）": 100 + i, 联系人: "测试", 联系电话: "13800000000", 审核状态: i % 2 ? "已入库" : "草稿",
    };
    ws.addRow(PROJECT_COLUMNS.map((c) => cells[c.header] ?? null));
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
