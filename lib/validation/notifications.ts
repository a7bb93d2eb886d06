import { z } from "zod";
import { NotificationKind } from "@/lib/db/generated/sqlite/enums";
import { idListItem, MAX_DB_INT, pagingSchema } from "./common";

const blank = (v: unknown) => (v === "" ? undefined : v);

export const notificationListQuery = pagingSchema.extend({
  unread: z.preprocess(blank, z.enum(["true", "false"]).optional()).describe("true 仅未读"),
  kind: z.preprocess(blank, z.enum(Object.values(NotificationKind) as [NotificationKind, ...NotificationKind[]]).optional()),
});

/** The notices to mark read; absent means all of them. */
export const notificationReadInput = z.object({
  ids: z.preprocess(
    (v) => (v === undefined || v === "" ? undefined : (Array.isArray(v) ? v : String(v).split(",")).map(idListItem)),
    z.array(z.number().int().positive().max(MAX_DB_INT)).max(500).optional(),
  ),
});

export const notificationListSchema = z.object({
  total: z.number().int(), unread: z.number().int(), page: z.number().int(), pageSize: z.number().int(),
  items: z.array(z.object({ id: z.number().int(), kind: z.string(), title: z.string(), body: z.string().nullable(), link: z.string().nullable(), createdAt: z.string(), read: z.boolean() })),
});
