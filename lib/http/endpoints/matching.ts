// Matches, pushes to institutions and the banks' answers.
import { z } from "zod";
import { listMatches } from "@/lib/services/matching/list";
import { listNotifications, markRead } from "@/lib/services/notifications";
import { answerPush, createPushes } from "@/lib/services/push-workflow";
import { listPushes } from "@/lib/services/pushes";
import { idParam } from "@/lib/validation/common";
import { matchListQuery, matchListSchema } from "@/lib/validation/matching";
import { notificationListQuery, notificationListSchema, notificationReadInput } from "@/lib/validation/notifications";
import { pushAnswerInput, pushCreateInput, pushListQuery, pushListSchema } from "@/lib/validation/pushes";
import type { RouteHandler } from "../endpoint";
import { endpoint } from "../endpoint";

export const getMatches = endpoint(
  {
    method: "GET", path: "/api/v1/matches", summary: "匹配结果（按匹配分从高到低）：银行只见本机构产品的匹配；生态环境局可按机构、产品或项目筛选。每条附全部规则与评分因素的理由", tags: ["matching"],
    query: matchListQuery, response: matchListSchema,
  },
  async ({ actor, query }) => listMatches(actor, query),
);

export const getPushes = endpoint(
  {
    method: "GET", path: "/api/v1/pushes",
    summary: "项目推送及答复状态，分页，可按机构、项目、状态筛选，overdue=1 只看逾期未答复（按逾期时间从长到短）。银行仅见推送给本机构的；生态环境局与领导见本辖区的",
    tags: ["matching"], query: pushListQuery, response: pushListSchema,
  },
  async ({ actor, query }) => listPushes(actor, query),
);

export const postPushes = endpoint(
  {
    method: "POST", path: "/api/v1/pushes", summary: "把入库项目推送给一家或多家金融机构（附言可选）；答复期限按设置的工作日计算（不含周末）", tags: ["matching"],
    body: pushCreateInput, response: z.object({ ids: z.array(z.number().int()), dueAt: z.string() }),
  },
  async ({ actor, rawBody, ip }) => createPushes(actor, rawBody, ip),
);

export const postPushResponse = endpoint(
  {
    method: "POST", path: "/api/v1/pushes/{id}/responses",
    summary: "银行答复推送：INTERESTED 有意向 / DUE_DILIGENCE 尽调中 / DECLINED 不感兴趣（须 reason）/ APPROVED 已授信（须 amount，万元）/ DISBURSED 已放款（须 amount 与 date）。授信与放款记入融资记录", tags: ["matching"],
    params: z.object({ id: idParam }), body: pushAnswerInput,
    response: z.object({ id: z.number().int(), status: z.string(), financingRecordId: z.number().int().nullable() }),
  },
  async ({ actor, params, rawBody, ip }) => answerPush(actor, params.id, rawBody, ip),
);

export const getNotifications = endpoint(
  { method: "GET", path: "/api/v1/notifications", summary: "本人的通知（推送、答复、逾期、审核结果、问题销号），含未读数", tags: ["notifications"], query: notificationListQuery, response: notificationListSchema },
  async ({ actor, query }) => listNotifications(actor, query),
);

export const postNotificationsRead = endpoint(
  { method: "POST", path: "/api/v1/notifications/read", summary: "标记为已读：ids 为空则全部标记", tags: ["notifications"], body: notificationReadInput, response: z.object({ marked: z.number().int() }) },
  async ({ actor, rawBody }) => markRead(actor, rawBody),
);

/** The area's endpoints, in the order the OpenAPI document lists them. */
export const MATCHING_ENDPOINTS: readonly RouteHandler[] = [getMatches, getPushes, postPushes, postPushResponse, getNotifications, postNotificationsRead];
