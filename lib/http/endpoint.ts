// One wrapper for every /api/v1 handler: who is calling → parse input with the endpoint's zod
// schemas → the service → JSON. Errors become {"error":{code,message,details}} with the right
// status. The same definitions produce the OpenAPI document, so an endpoint cannot be missing.
import { getToken } from "next-auth/jwt";
import { NextRequest } from "next/server";
import type { z } from "zod";
import { sessionSecret } from "@/lib/auth/secret";
import type { Actor } from "@/lib/auth/actor";
import { AppError, ForbiddenError, RateLimitedError, UnauthorizedError } from "@/lib/errors";
import { m } from "@/lib/i18n";
import { toJsonValue } from "@/lib/json";
import { tokenActor } from "@/lib/services/api-tokens";
import { sessionActor } from "@/lib/services/sessions";
import { parseInput } from "@/lib/validation/parse";
import { assertSameOrigin } from "./csrf";
import { clientIp } from "./ip";
import { apiRequests } from "./rate-limit";
import { errorResponse, jsonResponse } from "./respond";
import { withApiSecurityHeaders } from "./security-headers";

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface EndpointDef<Q extends z.ZodType, B extends z.ZodType, P extends z.ZodType, R extends z.ZodType> {
  method: Method;
  /** OpenAPI path, e.g. "/api/v1/projects/{id}". */
  path: string;
  summary: string;
  tags: string[];
  /** false only for endpoints anyone may call (see publicEndpoint). */
  auth: boolean;
  query?: Q;
  body?: B;
  params?: P;
  /** A multipart upload: the name of its file field (the handler reads the form itself). */
  upload?: string;
  /** A file answer instead of JSON: its media type. */
  produces?: string;
  response: R;
}

export interface HandlerContext<Q, B, P> {
  actor: Actor | null;
  query: Q;
  body: B;
  params: P;
  request: Request;
  /** The JSON body as sent: services validate their own input with the same schema. */
  rawBody: unknown;
  /** The client address as the reverse proxy reports it, for the audit log. */
  ip: string | null;
}

type RouteContext = { params?: Promise<Record<string, string | string[]>> };
export type RouteHandler = ((request: Request, context: RouteContext) => Promise<Response>) & { endpoint: AnyEndpointDef };
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyEndpointDef = EndpointDef<any, any, any, any>;

/** The caller: a personal API token (Authorization: Bearer), or else the session cookie. */
async function callerOf(request: Request): Promise<{ actor: Actor; key: string } | null> {
  const bearer = request.headers.get("authorization")?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (bearer) {
    const found = await tokenActor(bearer);
    return found && { actor: found.actor, key: `token:${found.tokenId}` };
  }
  // Only the headers matter here; passing the request itself would consume its body.
  const req = request instanceof NextRequest ? request : new NextRequest(request.url, { headers: request.headers });
  const token = await getToken({ req, secret: sessionSecret(), secureCookie: req.nextUrl.protocol === "https:" });
  const actor = await sessionActor(token?.sid, token?.uid);
  return actor && { actor, key: `user:${actor.id}` };
}

async function readBody(request: Request): Promise<unknown> {
  const text = await request.text();
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("VALIDATION", 400, m.errors.badJson);
  }
}

/**
 * Outside production, every answer is checked against the endpoint's response schema, so the
 * OpenAPI document cannot drift from what the API really returns (the tests fail if it does).
 */
function checkResponse(def: AnyEndpointDef, result: unknown) {
  if (process.env.NODE_ENV === "production") return;
  const check = def.response.safeParse(toJsonValue(result));
  if (check.success) return;
  const problem = `${def.method} ${def.path}: the answer does not match its response schema: ${check.error.message}`;
  if (process.env.NODE_ENV === "test") throw new Error(problem);
  console.warn(`[api] ${problem}`);
}

type Impl = (ctx: HandlerContext<unknown, unknown, unknown>) => Promise<unknown>;

function makeHandler(def: AnyEndpointDef, impl: Impl): RouteHandler {
  const answer = async (request: Request, context: RouteContext): Promise<Response> => {
    try {
      // Before anything reads the session: a forged request learns nothing, not even a 401.
      assertSameOrigin(request);
      const caller = def.auth ? await callerOf(request) : null;
      if (def.auth && !caller) throw new UnauthorizedError();
      const actor = caller?.actor ?? null;
      if (caller) {
        const limit = apiRequests.hit(caller.key);
        if (!limit.allowed) throw new RateLimitedError(limit.retryAfterS);
        if (caller.actor.mustChangePassword) throw new ForbiddenError(m.errors.passwordChangeRequired);
      }
      const url = new URL(request.url);
      const query = def.query ? parseInput(def.query, Object.fromEntries(url.searchParams)) : {};
      const params = def.params ? parseInput(def.params, (await context.params) ?? {}) : {};
      const rawBody = def.body ? await readBody(request) : undefined;
      const body = def.body ? parseInput(def.body, rawBody) : {};
      const ip = clientIp(request.headers);
      const result = await impl({ actor, query, body, params, request, rawBody, ip });
      if (result instanceof Response) return result;
      checkResponse(def, result);
      return jsonResponse(result, def.method === "POST" && !def.upload ? 201 : 200);
    } catch (error) {
      return errorResponse(error);
    }
  };
  const handler = async (request: Request, context: RouteContext) => withApiSecurityHeaders(await answer(request, context));
  return Object.assign(handler, { endpoint: def });
}

/** An endpoint for signed-in callers: anonymous calls are answered 401 before the service runs. */
export function endpoint<Q extends z.ZodType, B extends z.ZodType, P extends z.ZodType, R extends z.ZodType>(
  def: Omit<EndpointDef<Q, B, P, R>, "auth">,
  impl: (ctx: HandlerContext<z.infer<Q>, z.infer<B>, z.infer<P>> & { actor: Actor }) => Promise<unknown>,
): RouteHandler {
  return makeHandler({ ...def, auth: true }, impl as Impl);
}

/** An endpoint anyone may call (health, the OpenAPI document). */
export function publicEndpoint<Q extends z.ZodType, R extends z.ZodType>(
  def: Omit<EndpointDef<Q, z.ZodType, z.ZodType, R>, "auth" | "body" | "params">,
  impl: (ctx: { query: z.infer<Q>; request: Request }) => Promise<unknown>,
): RouteHandler {
  return makeHandler({ ...def, auth: false }, impl as Impl);
}
