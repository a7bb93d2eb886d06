import type { Role } from "@/lib/db/generated/sqlite/enums";

/** The signed-in user as every service sees it: loaded fresh from the database per request. */
export interface Actor {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  organizationId: number | null;
  regionId: number | null;
}

export type { Role };
