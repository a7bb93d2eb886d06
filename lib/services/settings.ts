import { db, type Db } from "@/lib/db/client";

export const DEMO_SETTING = "demo.seededAt";
/** Working days a bank has to answer a push (weekends excluded). */
export const RESPONSE_DAYS_SETTING = "push.responseWorkingDays";
export const DEFAULT_RESPONSE_DAYS = 10;

/** True when the database holds the demo data set (the UI then labels it as such). */
export async function isDemoInstance(): Promise<boolean> {
  return (await db.setting.findUnique({ where: { key: DEMO_SETTING } })) !== null;
}

export async function responseWorkingDays(client: Pick<Db, "setting"> = db): Promise<number> {
  const row = await client.setting.findUnique({ where: { key: RESPONSE_DAYS_SETTING } });
  const days = Number(row?.value);
  return Number.isInteger(days) && days > 0 ? days : DEFAULT_RESPONSE_DAYS;
}
