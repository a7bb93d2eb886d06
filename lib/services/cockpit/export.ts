// Each cockpit chart's numbers as a spreadsheet: the same figures the chart draws, amounts in 万元.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { toDecimalText, YUAN_PER_WAN, type Yuan } from "@/lib/domain/money";
import { m } from "@/lib/i18n";
import { cockpitQuery } from "@/lib/validation/cockpit";
import { parseInput } from "@/lib/validation/parse";
import { rowsWorkbook } from "../projects/workbook";
import { cockpitSummary, type CockpitSummary } from "./summary";

export const CHARTS = ["byCategory", "byDistrict", "byStage", "byInstrument", "monthly", "funnel", "adb", "topGaps"] as const;
export type ChartName = (typeof CHARTS)[number];

export const chartExportQuery = cockpitQuery.extend({ chart: z.enum(CHARTS, { error: "请选择要导出的图表" }) });

const wan = (y: Yuan) => Number(toDecimalText(y, YUAN_PER_WAN, 4));
const t = m.cockpit.table;
const c = m.cockpit.charts;

/** The chart's title, column headers and rows. */
export function chartTable(s: CockpitSummary, chart: ChartName): { title: string; headers: string[]; rows: (string | number)[][] } {
  const groups = (title: string, first: string, rows: CockpitSummary["byStage"]) => ({
    title,
    headers: [first, c.projects, `${m.kpi.totalInvestment}（万元）`, `${t.need}（万元）`, `${t.secured}（万元）`, `${t.gap}（万元）`],
    rows: rows.map((g) => [g.label, g.projects, wan(g.totalInvestment), wan(g.need), wan(g.secured), wan(g.gap)]),
  });
  switch (chart) {
    case "byCategory": return groups(c.byCategory, t.category, s.byCategory);
    case "byDistrict": return groups(c.byDistrict, t.district, s.byDistrict);
    case "byStage": return groups(c.byStage, m.projects.stage, s.byStage);
    case "byInstrument": return {
      title: c.byInstrument, headers: [m.projects.instrument, c.records, c.projects, `${c.amount}（万元）`],
      rows: s.byInstrument.map((r) => [r.label, r.records, r.projects, wan(r.amount)]),
    };
    case "monthly": return { title: c.monthly, headers: ["月份", c.records, `${c.amount}（万元）`], rows: s.monthly.map((r) => [r.month, r.records, wan(r.amount)]) };
    case "funnel": return { title: c.funnel, headers: ["环节", c.projects], rows: s.funnel.map((r) => [r.label, r.projects]) };
    case "adb": return { title: c.adb, headers: ["里程碑", c.completed, c.overdue], rows: s.adb.milestones.map((r) => [r.label, r.completed, r.overdue]) };
    case "topGaps": return {
      title: c.topGaps, headers: [t.project, t.district, t.category, `${t.need}（万元）`, `${t.secured}（万元）`, `${t.gap}（万元）`],
      rows: s.topGaps.map((p) => [`${p.code} ${p.name}`, p.district, p.category, wan(p.need), wan(p.secured), wan(p.gap)]),
    };
  }
}

export async function exportChart(actor: Actor, input: unknown): Promise<{ body: Buffer; fileName: string }> {
  const { chart, ...filters } = parseInput(chartExportQuery, input ?? {});
  const table = chartTable(await cockpitSummary(actor, filters), chart);
  const body = await rowsWorkbook(table.title.slice(0, 31), table.headers.map((h, i) => ({ header: h, width: i === 0 ? 36 : 16 })), table.rows);
  return { body, fileName: `${table.title}.xlsx` };
}
