// Institutions, green-finance products and financing records.
import { z } from "zod";
import { createFinancingRecord, deleteFinancingRecord, updateFinancingRecord } from "@/lib/services/financing/records";
import { listFinancing, projectFinancing } from "@/lib/services/financing/list";
import { createInstitution, listInstitutions, updateInstitution } from "@/lib/services/institutions";
import { createProduct, getProduct, listProducts, updateProduct } from "@/lib/services/products";
import { idParam, yuanString } from "@/lib/validation/common";
import {
  financingCreateInput, financingDeleteInput, financingListQuery, financingRecordSchema, financingUpdateInput, institutionCreateInput,
  institutionSchema, institutionUpdateInput, productCreateInput, productSchema, productUpdateInput, projectFundingSchema,
} from "@/lib/validation/finance";
import type { RouteHandler } from "../endpoint";
import { endpoint } from "../endpoint";

const id = z.object({ id: idParam });
const AMOUNT_NOTE = "金额以万元填写，可写“3000万”“1.2亿”；利率填百分数，如 3.45";

export const getInstitutions = endpoint(
  { method: "GET", path: "/api/v1/institutions", summary: "金融机构（银行仅见本机构及其分支行）", tags: ["finance"], response: z.array(institutionSchema) },
  async ({ actor }) => listInstitutions(actor),
);

export const postInstitution = endpoint(
  { method: "POST", path: "/api/v1/institutions", summary: "新增金融机构（管理员）", tags: ["finance"], body: institutionCreateInput, response: z.object({ id: z.number().int() }) },
  async ({ actor, rawBody, ip }) => createInstitution(actor, rawBody, ip),
);

export const patchInstitution = endpoint(
  {
    method: "PATCH", path: "/api/v1/institutions/{id}", summary: "修改金融机构（管理员）", tags: ["finance"], params: id, body: institutionUpdateInput,
    response: z.object({ id: z.number().int(), changed: z.array(z.string()) }),
  },
  async ({ actor, params, rawBody, ip }) => updateInstitution(actor, params.id, rawBody, ip),
);

export const getProducts = endpoint(
  { method: "GET", path: "/api/v1/products", summary: "绿色金融产品（银行仅见本机构）", tags: ["finance"], response: z.array(productSchema) },
  async ({ actor }) => listProducts(actor),
);

export const getProductById = endpoint(
  { method: "GET", path: "/api/v1/products/{id}", summary: "单个金融产品", tags: ["finance"], params: id, response: productSchema },
  async ({ actor, params }) => getProduct(actor, params.id),
);

const productWritten = z.object({ id: z.number().int(), version: z.number().int() });

export const postProduct = endpoint(
  { method: "POST", path: "/api/v1/products", summary: `新增绿色金融产品（银行为本机构，管理员可为任一机构）。${AMOUNT_NOTE}`, tags: ["finance"], body: productCreateInput, response: productWritten },
  async ({ actor, rawBody, ip }) => createProduct(actor, rawBody, ip),
);

export const patchProduct = endpoint(
  {
    method: "PATCH", path: "/api/v1/products/{id}", summary: "修改金融产品：须带上所编辑的版本号 version，版本已过期返回 409", tags: ["finance"],
    params: id, body: productUpdateInput, response: productWritten.extend({ changed: z.array(z.string()) }),
  },
  async ({ actor, params, rawBody, ip }) => updateProduct(actor, params.id, rawBody, ip),
);

export const getFinancing = endpoint(
  {
    method: "GET", path: "/api/v1/financing", summary: "融资台账：调用者范围内的融资记录（最多 500 条）及按融资工具、状态的合计（银行仅见本机构）", tags: ["finance"],
    query: financingListQuery,
    response: z.object({
      total: z.number().int(), shown: z.number().int(), amount: yuanString, projects: z.number().int(),
      byInstrument: z.array(z.object({ instrument: z.string(), records: z.number().int(), amount: yuanString })),
      byStatus: z.object({ APPROVED: yuanString.optional(), DISBURSED: yuanString.optional() }),
      items: z.array(financingRecordSchema),
    }),
  },
  async ({ actor, query }) => listFinancing(actor, query),
);

export const getProjectFinancing = endpoint(
  {
    method: "GET", path: "/api/v1/projects/{id}/financing", summary: "项目的融资需求、已落实、缺口、落实率及融资记录（银行仅见本机构的记录）", tags: ["finance"],
    params: id, response: z.object({ funding: projectFundingSchema, items: z.array(financingRecordSchema) }),
  },
  async ({ actor, params }) => projectFinancing(actor, params.id),
);

const fundingAfter = z.object({ need: yuanString, secured: yuanString, gap: yuanString, rateBp: z.number().int().nullable(), state: z.string() });

export const postProjectFinancing = endpoint(
  {
    method: "POST", path: "/api/v1/projects/{id}/financing", summary: `登记融资记录（已授信或已放款），已落实融资与缺口随之更新。${AMOUNT_NOTE}`, tags: ["finance"],
    params: id, body: financingCreateInput, response: z.object({ id: z.number().int(), version: z.number().int(), funding: fundingAfter }),
  },
  async ({ actor, params, rawBody, ip }) => createFinancingRecord(actor, params.id, rawBody, ip),
);

export const patchFinancing = endpoint(
  {
    method: "PATCH", path: "/api/v1/financing/{id}", summary: "修改融资记录（如已授信改为已放款）：须带上版本号 version", tags: ["finance"],
    params: id, body: financingUpdateInput,
    response: z.object({ id: z.number().int(), version: z.number().int(), changed: z.array(z.string()), funding: fundingAfter.optional() }),
  },
  async ({ actor, params, rawBody, ip }) => updateFinancingRecord(actor, params.id, rawBody, ip),
);

export const deleteFinancing = endpoint(
  {
    method: "DELETE", path: "/api/v1/financing/{id}", summary: "撤销误登记的融资记录：须带上版本号 version 与撤销原因 reason（审计日志保留原记录）", tags: ["finance"],
    params: id, body: financingDeleteInput, response: z.object({ id: z.number().int(), funding: fundingAfter }),
  },
  async ({ actor, params, rawBody, ip }) => deleteFinancingRecord(actor, params.id, rawBody, ip),
);

/** The area's endpoints, in the order the OpenAPI document lists them. */
export const FINANCE_ENDPOINTS: readonly RouteHandler[] = [
  getInstitutions, postInstitution, patchInstitution, getProducts, getProductById, postProduct, patchProduct,
  getFinancing, getProjectFinancing, postProjectFinancing, patchFinancing, deleteFinancing,
];
