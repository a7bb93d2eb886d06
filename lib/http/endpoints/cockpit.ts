import { z } from "zod";
import { chartExportQuery, exportChart } from "@/lib/services/cockpit/export";
import { cockpitSummary } from "@/lib/services/cockpit/summary";
import { XLSX_TYPE } from "@/lib/services/projects/workbook";
import { cockpitQuery, cockpitSummarySchema } from "@/lib/validation/cockpit";
import { endpoint, type RouteHandler } from "../endpoint";
import { fileResponse } from "./projects";

export const getDashboardSummary = endpoint(
  {
    method: "GET", path: "/api/v1/dashboard/summary", tags: ["dashboard"],
    summary: "领导驾驶舱全部数据（与驾驶舱页面相同的筛选：入库年份 year、区县 regionId、类别大类 family 或类别 categoryId）：指标卡、按类别/区县/阶段的已落实与缺口、融资工具、按月融资、转化漏斗、亚行里程碑、缺口前 10、逾期推送与未销号问题",
    query: cockpitQuery,
    response: cockpitSummarySchema,
  },
  async ({ actor, query }) => cockpitSummary(actor, query),
);

export const getDashboardExport = endpoint(
  {
    method: "GET", path: "/api/v1/dashboard/export", tags: ["dashboard"], produces: XLSX_TYPE, response: z.string(),
    summary: "导出驾驶舱某一图表的数据（xlsx，金额单位万元）：chart = byCategory/byDistrict/byStage/byInstrument/monthly/funnel/adb/topGaps，筛选与驾驶舱相同",
    query: chartExportQuery,
  },
  async ({ actor, query }) => {
    const out = await exportChart(actor, query);
    return fileResponse(out.body, out.fileName, XLSX_TYPE);
  },
);

/** The area's endpoints, in the order the OpenAPI document lists them. */
export const COCKPIT_ENDPOINTS: readonly RouteHandler[] = [getDashboardSummary, getDashboardExport];
