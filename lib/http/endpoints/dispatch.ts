// Monthly dispatch over HTTP: reports, the missing-report list, the problem list and 销号.
// Same policy as the pages: the services decide who sees and changes what.
import { z } from "zod";
import { exportProblems } from "@/lib/services/dispatch/export";
import { missingReports } from "@/lib/services/dispatch/expected";
import { addProblem, closeProblem, listProblems } from "@/lib/services/dispatch/problems";
import { fileReport, listReports } from "@/lib/services/dispatch/reports";
import { XLSX_TYPE } from "@/lib/services/projects/workbook";
import { idParam } from "@/lib/validation/common";
import {
  missingListSchema, periodQuery, problemClosedSchema, problemCloseInput, problemCreateInput, problemListQuery, problemListSchema, problemSchema,
  reportFiledSchema, reportInput, reportListQuery, reportListSchema,
} from "@/lib/validation/dispatch";
import { endpoint, type RouteHandler } from "../endpoint";
import { fileResponse } from "./projects";

const tags = ["dispatch"];

export const getReports = endpoint(
  { method: "GET", path: "/api/v1/reports", summary: "月度调度报告：某月（默认本月，北京时间）或某个项目的全部报告", tags, query: reportListQuery, response: reportListSchema },
  async ({ actor, query }) => listReports(actor, query),
);

export const postReport = endpoint(
  {
    method: "POST", path: "/api/v1/reports",
    summary: "填报月度调度报告（可同时填报问题清单）。金额以万元填写；每个项目每月一份，重复填报返回 409，不写入任何数据",
    tags, body: reportInput, response: reportFiledSchema,
  },
  async ({ actor, rawBody, ip }) => fileReport(actor, rawBody, ip),
);

export const getMissingReports = endpoint(
  { method: "GET", path: "/api/v1/reports/missing", summary: "某月应报、已报、未报项目数及未报项目清单（默认本月）", tags, query: periodQuery, response: missingListSchema },
  async ({ actor, query }) => missingReports(actor, query),
);

export const getProblems = endpoint(
  { method: "GET", path: "/api/v1/problems", summary: "问题清单：未销号在前（逾期最久的在最前），可按状态、逾期、类别、责任部门、项目筛选", tags, query: problemListQuery, response: problemListSchema },
  async ({ actor, query }) => listProblems(actor, query),
);

export const postProblem = endpoint(
  { method: "POST", path: "/api/v1/problems", summary: "为项目（或其某份调度报告）补充问题", tags, body: problemCreateInput, response: problemSchema },
  async ({ actor, rawBody, ip }) => addProblem(actor, rawBody, ip),
);

export const postProblemClose = endpoint(
  {
    method: "POST", path: "/api/v1/problems/{id}/close", summary: "问题销号（生态环境局）：须填写销号情况说明，并通知项目单位；已销号的返回 409",
    tags, params: z.object({ id: idParam }), body: problemCloseInput, response: problemClosedSchema,
  },
  async ({ actor, params, rawBody, ip }) => closeProblem(actor, params.id, rawBody, ip),
);

export const getProblemsExport = endpoint(
  { method: "GET", path: "/api/v1/problems/export", summary: "按筛选条件导出问题清单（xlsx）", tags, query: problemListQuery, produces: XLSX_TYPE, response: z.string() },
  async ({ actor, query, ip }) => {
    const out = await exportProblems(actor, query, ip);
    return fileResponse(out.body, out.fileName, out.contentType);
  },
);

/** The area's endpoints, in the order the OpenAPI document lists them. */
export const DISPATCH_ENDPOINTS: readonly RouteHandler[] = [getReports, postReport, getMissingReports, getProblems, postProblem, postProblemClose, getProblemsExport];
