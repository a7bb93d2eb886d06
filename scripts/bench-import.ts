// `npm run bench:import [-- --rows 10000]`: times the Excel import of a generated file on a fresh
// database (SQLite file; PostgreSQL when BENCH_DATABASE_URL names a local server's database).
import { benchDatabase } from "./bench-db";
import { generatedImportWorkbook } from "./import-workbook";

const rowsArg = process.argv.indexOf("--rows");
const ROWS = rowsArg > 0 ? Number(process.argv[rowsArg + 1]) : 10_000;
const { db, config, staff, done } = await benchDatabase("import");
const { importProjects } = await import("../lib/services/projects/spreadsheet");

const bytes = await generatedImportWorkbook({ rows: ROWS });

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
