// `npm run bench:import [-- --rows 10000]`: times the Excel import of a generated file on a fresh
// database (SQLite file; PostgreSQL when BENCH_DATABASE_URL names a local server's database).
import ExcelJS from "exceljs";
import { PROJECT_COLUMNS } from "../lib/domain/import/columns";
import { benchDatabase } from "./bench-db";

const rowsArg = process.argv.indexOf("--rows");
const ROWS = rowsArg > 0 ? Number(process.argv[rowsArg + 1]) : 10_000;
const { db, config, staff, done } = await benchDatabase("import");
const { importProjects } = await import("../lib/services/projects/spreadsheet");

const categories = ["清洁能源", "M02", "建筑领域节能降碳", "A03", "造林和森林养护"];
const districts = ["雨湖区", "岳塘区", "湘潭县", "湘乡市", "韶山市", "湘潭高新区", "湘潭经开区"];
const amounts = (i: number) => [`${1000 + i}.5`, `${(i % 90) + 10}00万`, `1.${i % 10}亿`, `１２${i % 10}０`, 880.25 + i][i % 5];
const wb = new ExcelJS.Workbook();
const ws = wb.addWorksheet("项目");
ws.addRow(PROJECT_COLUMNS.map((c) => c.header));
for (let i = 0; i < ROWS; i++) {
  const cells: Record<string, unknown> = {
    项目名称: `性能测试项目${i}`, 项目单位: `性能测试单位${i % 200}`, 项目类别: categories[i % 5], 所在区县: districts[i % 7],
    实施阶段: ["前期", "在建", "建成运营"][i % 3], 开工年份: 2024 + (i % 3), 完工年份: 2027, "总投资（万元）": amounts(i),
    "预期年减排量（tCO2e）": 100 + i, 联系人: "测试", 联系电话: "13800000000", 审核状态: i % 2 ? "已入库" : "草稿",
  };
  ws.addRow(PROJECT_COLUMNS.map((c) => cells[c.header] ?? null));
}
const bytes = new Uint8Array(await wb.xlsx.writeBuffer());

const time = async (label: string, dryRun: boolean) => {
  const t = performance.now();
  const report = await importProjects(staff, bytes, { dryRun, duplicates: "skip" });
  return { label, ms: Math.round(performance.now() - t), rows: report.totalRows, errors: report.errorCount, created: report.committed ? report.created : 0 };
};
const results = [await time("dry run (read + check every row)", true), await time("commit (check + write in one transaction)", false)];
console.log(`\nExcel import of ${ROWS} rows (${(bytes.byteLength / 1024).toFixed(0)} KB) on ${config.provider}`);
console.table(results);
console.log(`projects now: ${await db.project.count()}`);
await done();
