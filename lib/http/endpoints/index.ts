// Every API endpoint, in the order the OpenAPI document lists them. A route file under app/api
// re-exports one of these handlers; test/integration/api.test.ts checks both directions.
import { z } from "zod";
import pkg from "@/package.json";
import { publicEndpoint, type RouteHandler } from "../endpoint";
import { openApiDocument } from "../openapi";
import { ADB_ENDPOINTS } from "./adb";
import { CLIMATE_ENDPOINTS } from "./climate";
import { COCKPIT_ENDPOINTS } from "./cockpit";
import { DISPATCH_ENDPOINTS } from "./dispatch";
import { FINANCE_ENDPOINTS } from "./finance";
import { MATCHING_ENDPOINTS } from "./matching";
import { getSummary } from "./library";
import { getExport, getImportTemplate, getProject, getProjects, patchProject, postImport, postProject, postProjectTransition } from "./projects";
import { getHealth, getMe } from "./system";

export const getOpenApi: RouteHandler = publicEndpoint(
  { method: "GET", path: "/api/v1/openapi.json", summary: "本 API 的 OpenAPI 3.1 文档", tags: ["system"], response: z.object({ openapi: z.string() }).loose() },
  async () => openApiDocument(ALL_ENDPOINTS.map((h) => h.endpoint), pkg.version),
);

export const ALL_ENDPOINTS: readonly RouteHandler[] = [getHealth, getOpenApi, getMe, getSummary, getProjects, postProject, getProject, patchProject, postProjectTransition,
  getImportTemplate, postImport, getExport,
  ...FINANCE_ENDPOINTS, ...ADB_ENDPOINTS, ...DISPATCH_ENDPOINTS, ...CLIMATE_ENDPOINTS,
  ...MATCHING_ENDPOINTS, ...COCKPIT_ENDPOINTS];
