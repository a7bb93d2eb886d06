import { z } from "zod";
import { health } from "@/lib/services/health";
import { myProfile } from "@/lib/services/me";
import { endpoint, publicEndpoint } from "../endpoint";

export const getHealth = publicEndpoint(
  {
    method: "GET", path: "/api/health", summary: "健康检查：数据库是否可达、数据库类型、版本", tags: ["system"],
    response: z.object({
      status: z.enum(["ok", "degraded"]),
      database: z.object({ reachable: z.boolean(), provider: z.enum(["sqlite", "postgresql"]), latencyMs: z.number().nullable() }),
      version: z.string(),
    }),
  },
  async () => {
    const result = await health();
    return Response.json(result, { status: result.status === "ok" ? 200 : 503, headers: { "cache-control": "no-store" } });
  },
);

export const getMe = endpoint(
  {
    method: "GET", path: "/api/v1/me", summary: "当前用户、所属机构与权限", tags: ["system"],
    response: z.object({
      id: z.number().int(), username: z.string(), displayName: z.string(), role: z.string(),
      organization: z.object({ id: z.number().int(), name: z.string(), kind: z.string() }).nullable(),
      home: z.string(), permissions: z.array(z.string()),
    }),
  },
  async ({ actor }) => myProfile(actor),
);
