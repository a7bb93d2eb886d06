import { z } from "zod";
import { getProjectSummary, listProjects } from "@/lib/services/projects/list";
import { exportProjects, importProjects, projectTemplate } from "@/lib/services/projects/spreadsheet";
import { XLSX_TYPE } from "@/lib/services/projects/workbook";
import { transitionProject } from "@/lib/services/projects/transitions";
import { createProject, updateProject } from "@/lib/services/projects/write";
import { MAX_UPLOAD_BYTES } from "@/lib/uploads/limits";
import { tooLarge } from "@/lib/uploads/spreadsheet";
import { idParam } from "@/lib/validation/common";
import {
  exportQuery, importQuery, importReportSchema, projectCreateInput, projectListQuery, projectListSchema, projectSummarySchema, projectTransitionInput, projectUpdateInput,
} from "@/lib/validation/projects";
import { endpoint } from "../endpoint";
import { readUploadedFile } from "../upload";

export const getProjects = endpoint(
  { method: "GET", path: "/api/v1/projects", summary: "项目列表（按调用者的数据范围）", tags: ["projects"], query: projectListQuery, response: projectListSchema },
  async ({ actor, query }) => listProjects(actor, query),
);

export const getProject = endpoint(
  {
    method: "GET", path: "/api/v1/projects/{id}", summary: "单个项目（不在调用者数据范围内的项目返回 404）", tags: ["projects"],
    params: z.object({ id: idParam }), response: projectSummarySchema,
  },
  async ({ actor, params }) => getProjectSummary(actor, params.id),
);

const written = z.object({ id: z.number().int(), code: z.string().optional(), version: z.number().int() });

export const postProject = endpoint(
  {
    method: "POST", path: "/api/v1/projects", summary: "新建项目（草稿）。金额以万元填写，可写“3500万”“1.2亿”", tags: ["projects"],
    body: projectCreateInput, response: written,
  },
  async ({ actor, rawBody, ip }) => createProject(actor, rawBody, ip),
);

export const patchProject = endpoint(
  {
    method: "PATCH", path: "/api/v1/projects/{id}", summary: "修改项目：须带上所编辑的版本号 version，版本已过期返回 409 及变更内容", tags: ["projects"],
    params: z.object({ id: idParam }), body: projectUpdateInput, response: written.extend({ changed: z.array(z.string()) }),
  },
  async ({ actor, params, rawBody, ip }) => updateProject(actor, params.id, rawBody, ip),
);

export const postProjectTransition = endpoint(
  {
    method: "POST", path: "/api/v1/projects/{id}/transitions", summary: "审核流转：submit 提交 / approve 入库 / return 退回（须意见）/ reject 不予入库（须原因）/ archive 出库", tags: ["projects"],
    params: z.object({ id: idParam }), body: projectTransitionInput,
    response: z.object({ id: z.number().int(), reviewStatus: z.string(), version: z.number().int() }),
  },
  async ({ actor, params, rawBody, ip }) => transitionProject(actor, params.id, rawBody, ip),
);

export function fileResponse(body: Buffer, fileName: string, contentType: string): Response {
  return new Response(new Uint8Array(body), {
    headers: {
      "content-type": contentType,
      "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      "cache-control": "no-store",
    },
  });
}

export const getImportTemplate = endpoint(
  { method: "GET", path: "/api/v1/projects/import/template", summary: "项目导入模板（xlsx，含填写说明工作表）", tags: ["projects"], produces: XLSX_TYPE, response: z.string() },
  async ({ actor }) => fileResponse(await projectTemplate(actor), "项目导入模板.xlsx", XLSX_TYPE),
);

export const postImport = endpoint(
  {
    method: "POST", path: "/api/v1/projects/import", summary: "Excel 导入项目：dryRun=true 只返回逐行检查报告；否则全部无误时一次性写入，任一行有误则不写入",
    tags: ["projects"], query: importQuery, upload: "file", response: importReportSchema,
  },
  async ({ actor, query, request, ip }) => {
    const bytes = await readUploadedFile(request, "file", MAX_UPLOAD_BYTES, tooLarge);
    return importProjects(actor, bytes, { dryRun: query.dryRun === "true", duplicates: query.duplicates }, ip);
  },
);

export const getExport = endpoint(
  { method: "GET", path: "/api/v1/projects/export", summary: "按列表筛选条件导出项目（xlsx 或 csv，csv 为带 BOM 的 UTF-8）", tags: ["projects"], query: exportQuery, produces: XLSX_TYPE, response: z.string() },
  async ({ actor, query, ip }) => {
    const { format, ...filters } = query;
    const out = await exportProjects(actor, filters, format, ip);
    return fileResponse(out.body, out.fileName, out.contentType);
  },
);
