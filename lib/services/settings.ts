import { db } from "@/lib/db/client";

export const DEMO_SETTING = "demo.seededAt";

/** True when the database holds the demo data set (the UI then labels it as such). */
export async function isDemoInstance(): Promise<boolean> {
  return (await db.setting.findUnique({ where: { key: DEMO_SETTING } })) !== null;
}
