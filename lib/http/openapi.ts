// The OpenAPI 3.1 document, built from the endpoint definitions and their zod schemas.
import { z } from "zod";
import type { AnyEndpointDef } from "./endpoint";

const errorSchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().nullable() }),
});

function jsonSchema(schema: z.ZodType, io: "input" | "output") {
  return z.toJSONSchema(schema, { io, unrepresentable: "any" });
}

function parameters(schema: z.ZodType | undefined, where: "query" | "path") {
  if (!schema) return [];
  const js = jsonSchema(schema, "input") as { properties?: Record<string, object & { description?: string }>; required?: string[] };
  return Object.entries(js.properties ?? {}).map(([name, s]) => ({
    name, in: where, required: where === "path" || (js.required ?? []).includes(name), schema: s, description: s.description,
  }));
}

const ERROR_STATUSES: Record<string, string> = {
  "400": "输入有误", "401": "未登录", "403": "无权限，或请求来自其他网站（跨站请求）", "404": "未找到（或不在调用者的数据范围内）", "409": "版本冲突",
  "413": "上传的文件过大",
};

export function openApiDocument(endpoints: readonly AnyEndpointDef[], version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const e of endpoints) {
    const errors = Object.fromEntries(
      Object.entries(ERROR_STATUSES)
        .filter(([code]) => (e.auth || code === "400") && (code !== "413" || !!e.upload))
        .map(([code, description]) => [code, { description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } }]),
    );
    paths[e.path] ??= {};
    paths[e.path][e.method.toLowerCase()] = {
      summary: e.summary,
      tags: e.tags,
      security: e.auth ? [{ session: [] }] : [],
      parameters: [...parameters(e.params, "path"), ...parameters(e.query, "query")],
      ...(e.body ? { requestBody: { required: true, content: { "application/json": { schema: jsonSchema(e.body, "input") } } } } : {}),
      ...(e.upload ? {
        requestBody: {
          required: true,
          content: { "multipart/form-data": { schema: { type: "object", required: [e.upload], properties: { [e.upload]: { type: "string", format: "binary" } } } } },
        },
      } : {}),
      responses: {
        [e.method === "POST" && !e.upload ? "201" : "200"]: e.produces
          ? { description: "文件", content: { [e.produces]: { schema: { type: "string", format: "binary" } } } }
          : { description: "成功", content: { "application/json": { schema: jsonSchema(e.response, "output") } } },
        ...errors,
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: { title: "气候投融资项目库 API", version, description: "Climate Finance Pipeline HTTP API. 金额均以元为单位的十进制整数字符串表示。" },
    servers: [{ url: "/" }],
    paths,
    components: {
      schemas: { Error: jsonSchema(errorSchema, "output") },
      securitySchemes: { session: { type: "apiKey", in: "cookie", name: "next-auth.session-token" } },
    },
  };
}
