import type { Role } from "@/lib/db/generated/sqlite/enums";

/** The signed-in user as every service sees it: loaded fresh from the database per request. */
export interface Actor {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  organizationId: number | null;
  regionId: number | null;
  /** Set after an administrator creates the account or resets its password: nothing else works until it is changed. */
  mustChangePassword?: boolean;
}

export type { Role };
