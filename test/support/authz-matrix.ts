// The authorization matrix: for every page route, server action and API endpoint, what each of
// seven principals must get. Written out by hand from the product's roles (DESIGN.md §2), not
// derived from lib/auth/policy.ts, so that a change to the policy or to a page's check shows up
// here as a failing cell. The tests enumerate the routes, actions and endpoints from the code and
// fail when one is missing from this table, or when the table names one that no longer exists.
//
// Records named by an id are picked from the demo data by the tests:
// - project P: in the library, owned by the owner's organization, matched or pushed to bank1
//   (ICBC) and not to bank2 (CCB), so bank2 must not find it;
// - draft D: a draft of the owner's organization that the integration test creates;
// - financing record R, push, product: bank1's, so bank2 must not find them.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

export const PRINCIPALS = ["anonymous", "admin", "staff", "bank1", "bank2", "leader", "owner"] as const;
export type Principal = (typeof PRINCIPALS)[number];

/**
 * Y  allowed (a page answers 200; an action or endpoint gets past authorization),
 * A  not signed in: a page sends to /login (307), an action or endpoint answers 401,
 * F  forbidden: the 403 page, ForbiddenError, HTTP 403,
 * N  not found: the record is outside the principal's scope (404), so ids do not leak,
 * H  a page that sends a signed-in user to the home of the role (307).
 */
export type Answer = "Y" | "A" | "F" | "N" | "H";
type Row = readonly [Answer, Answer, Answer, Answer, Answer, Answer, Answer];

const Y = "Y", A = "A", F = "F", N = "N", H = "H";

// Columns:                 anon admin staff bank1 bank2 leader owner
const EVERYONE: Row =       [A,   Y,    Y,    Y,    Y,    Y,     Y];
const BUREAU: Row =         [A,   Y,    Y,    F,    F,    F,     F];
const ADMIN: Row =          [A,   Y,    F,    F,    F,    F,     F];
const BUREAU_LEADER: Row =  [A,   Y,    Y,    F,    F,    Y,     F];
const ALL_BUT_BANKS: Row =  [A,   Y,    Y,    F,    F,    Y,     Y];
const ALL_BUT_OWNER: Row =  [A,   Y,    Y,    Y,    Y,    Y,     F];
const FILERS: Row =         [A,   Y,    Y,    F,    F,    F,     Y];
const PUBLIC: Row =         [Y,   Y,    Y,    Y,    Y,    Y,     Y];

/** Page routes as app/**\/page.tsx spells them (route groups left out), [id] filled in by the test. */
export const PAGES: Record<string, Row> = {
  "/":                              [A,   H,    H,    H,    H,    H,     H],
  "/login":                         [Y,   H,    H,    H,    H,    H,     H],
  "/account/password":              EVERYONE,
  "/account/tokens":                EVERYONE,
  "/inbox":                         EVERYONE,
  "/workspace":                     BUREAU,
  "/bank":                          [A,   F,    F,    Y,    Y,    F,     F],
  "/bank/projects/[id]":            [A,   F,    F,    Y,    N,    F,     F],
  "/owner":                         [A,   F,    F,    F,    F,    F,     Y],
  "/cockpit":                       BUREAU_LEADER,
  "/projects":                      ALL_BUT_BANKS,
  "/projects/new":                  FILERS,
  "/projects/import":               BUREAU,
  "/projects/[id]":                 ALL_BUT_BANKS,
  // P is in the library: the owner may no longer edit it, the leader never edits.
  "/projects/[id]/edit":            BUREAU,
  "/finance":                       EVERYONE,
  "/finance/products":              ALL_BUT_OWNER,
  "/finance/products/new":          [A,   Y,    F,    Y,    Y,    F,     F],
  "/finance/products/[id]/edit":    [A,   Y,    F,    Y,    N,    F,     F],
  "/adb":                           BUREAU_LEADER,
  "/adb/[id]":                      BUREAU_LEADER,
  "/matches":                       BUREAU_LEADER,
  "/pushes":                        BUREAU_LEADER,
  "/dispatch":                      ALL_BUT_BANKS,
  "/dispatch/report/new":           FILERS,
  "/climate":                       BUREAU_LEADER,
  // The factor library is readable by every role through the API; its page sits in the
  // climate dashboard area, which is the bureau's and the leaders'.
  "/climate/factors":               BUREAU_LEADER,
  "/climate/projects/[id]":         ALL_BUT_BANKS,
  "/admin/audit":                   ADMIN,
  "/admin/institutions":            ADMIN,
  "/admin/institutions/[id]":       ADMIN,
  "/admin/reference":               ADMIN,
  "/admin/users":                   ADMIN,
  "/admin/users/[id]":              ADMIN,
};

/** Server actions as "<file under app>#<export>". */
export const ACTIONS: Record<string, Row> = {
  "(account)/account/actions.ts#changePasswordAction":          EVERYONE,
  "(account)/account/actions.ts#createTokenAction":             EVERYONE,
  // An API token of the admin's: only its owner finds it.
  "(account)/account/actions.ts#revokeTokenAction":             [A,   Y,    N,    N,    N,    N,     N],
  "(inbox)/inbox/actions.ts#markReadAction":                    EVERYONE,
  "(library)/projects/actions.ts#createProjectAction":          FILERS,
  "(library)/projects/actions.ts#updateProjectAction":          FILERS,   // on D
  "(library)/projects/actions.ts#transitionProjectAction":      FILERS,   // submitting D
  "(library)/projects/actions.ts#recordFinancingAction":        [A,   Y,    Y,    Y,    N,    F,     F], // on P
  "(library)/projects/actions.ts#updateFinancingAction":        [A,   Y,    Y,    Y,    N,    F,     N], // R
  "(library)/projects/actions.ts#withdrawFinancingAction":      [A,   Y,    Y,    Y,    N,    F,     N], // R
  "(library)/projects/actions.ts#pushProjectAction":            BUREAU,
  "(bank)/bank/actions.ts#answerPushAction":                    [A,   F,    F,    Y,    N,    F,     F],
  "(finance)/finance/actions.ts#createProductAction":           [A,   Y,    F,    Y,    Y,    F,     F],
  "(finance)/finance/actions.ts#updateProductAction":           [A,   Y,    F,    Y,    N,    F,     F],
  "(matching)/matches/actions.ts#rematchAllAction":             BUREAU,
  "(adb)/adb/actions.ts#recordMilestoneAction":                 BUREAU,
  "(adb)/adb/actions.ts#addDisbursementAction":                 BUREAU,
  "(adb)/adb/actions.ts#addPackageAction":                      BUREAU,
  "(adb)/adb/actions.ts#updatePackageAction":                   BUREAU,
  "(dispatch)/dispatch/actions.ts#fileReportAction":            FILERS,   // the owner's project
  "(dispatch)/dispatch/actions.ts#closeProblemAction":          BUREAU,
  "(climate)/climate/actions.ts#createFactorVersionAction":     ADMIN,
  "(climate)/climate/actions.ts#recomputeAction":               ADMIN,
  "(climate)/climate/actions.ts#saveBenefitAction":             FILERS,   // on D
  "(admin)/admin/institutions/actions.ts#createInstitutionAction": ADMIN,
  "(admin)/admin/institutions/actions.ts#updateInstitutionAction": ADMIN,
  "(admin)/admin/reference/actions.ts#saveReferenceAction":     ADMIN,
  "(admin)/admin/reference/actions.ts#retireReferenceAction":   ADMIN,
  "(admin)/admin/reference/actions.ts#deleteReferenceAction":   ADMIN,
  "(admin)/admin/users/actions.ts#createUserAction":            ADMIN,
  "(admin)/admin/users/actions.ts#updateUserAction":            ADMIN,
  "(admin)/admin/users/actions.ts#userSwitchAction":            ADMIN,
};

/** API endpoints as "<METHOD> <OpenAPI path>". */
export const ENDPOINTS: Record<string, Row> = {
  "GET /api/health":                                         PUBLIC,
  "GET /api/v1/openapi.json":                                PUBLIC,
  "GET /api/v1/me":                                          EVERYONE,
  "GET /api/v1/summary":                                     BUREAU_LEADER,
  "GET /api/v1/projects":                                    EVERYONE,
  "POST /api/v1/projects":                                   FILERS,
  "GET /api/v1/projects/{id}":                               [A,   Y,    Y,    Y,    N,    Y,     Y], // P
  "PATCH /api/v1/projects/{id}":                             FILERS,   // D
  "POST /api/v1/projects/{id}/transitions":                  FILERS,   // submitting D
  "GET /api/v1/projects/import/template":                    BUREAU,
  "POST /api/v1/projects/import":                            BUREAU,
  "GET /api/v1/projects/export":                             BUREAU_LEADER,
  "GET /api/v1/institutions":                                ALL_BUT_OWNER,
  "POST /api/v1/institutions":                               ADMIN,
  "PATCH /api/v1/institutions/{id}":                         ADMIN,
  "GET /api/v1/products":                                    ALL_BUT_OWNER,
  "GET /api/v1/products/{id}":                               [A,   Y,    Y,    Y,    N,    Y,     F],
  "POST /api/v1/products":                                   [A,   Y,    F,    Y,    Y,    F,     F],
  "PATCH /api/v1/products/{id}":                             [A,   Y,    F,    Y,    N,    F,     F],
  "GET /api/v1/financing":                                   EVERYONE,
  "GET /api/v1/projects/{id}/financing":                     [A,   Y,    Y,    Y,    N,    Y,     Y], // P
  "POST /api/v1/projects/{id}/financing":                    [A,   Y,    Y,    Y,    N,    F,     F], // P
  "PATCH /api/v1/financing/{id}":                            [A,   Y,    Y,    Y,    N,    F,     N], // R
  "DELETE /api/v1/financing/{id}":                           [A,   Y,    Y,    Y,    N,    F,     N], // R
  "GET /api/v1/adb":                                         BUREAU_LEADER,
  "GET /api/v1/adb/sub-projects/{id}":                       BUREAU_LEADER,
  "PUT /api/v1/adb/sub-projects/{id}/milestones/{kind}":     BUREAU,
  "POST /api/v1/adb/sub-projects/{id}/disbursements":        BUREAU,
  "POST /api/v1/adb/sub-projects/{id}/packages":             BUREAU,
  "PATCH /api/v1/adb/sub-projects/{id}/packages/{packageId}": BUREAU,
  "GET /api/v1/reports":                                     ALL_BUT_BANKS,
  "POST /api/v1/reports":                                    FILERS,
  "GET /api/v1/reports/missing":                             ALL_BUT_BANKS,
  "GET /api/v1/problems":                                    ALL_BUT_BANKS,
  "POST /api/v1/problems":                                   FILERS,
  "POST /api/v1/problems/{id}/close":                        BUREAU,
  "GET /api/v1/problems/export":                             ALL_BUT_BANKS,
  "POST /api/v1/benefits/calculate":                         EVERYONE,
  "GET /api/v1/factors":                                     EVERYONE,
  "GET /api/v1/climate/portfolio":                           BUREAU_LEADER,
  "GET /api/v1/matches":                                     ALL_BUT_OWNER,
  "GET /api/v1/pushes":                                      EVERYONE,
  "POST /api/v1/pushes":                                     BUREAU,
  "POST /api/v1/pushes/{id}/responses":                      [A,   F,    F,    Y,    N,    F,     F],
  "GET /api/v1/notifications":                               EVERYONE,
  "POST /api/v1/notifications/read":                         EVERYONE,
  "GET /api/v1/dashboard/summary":                           BUREAU_LEADER,
  "GET /api/v1/dashboard/export":                            BUREAU_LEADER,
};

/** The answer a principal must get, by column. */
export function expected(row: Row, who: Principal): Answer {
  return row[PRINCIPALS.indexOf(who)];
}

/** Where each role lands after signing in (what "H" means). */
export const HOME: Record<Exclude<Principal, "anonymous">, string> = {
  admin: "/workspace", staff: "/workspace", bank1: "/bank", bank2: "/bank", leader: "/cockpit", owner: "/owner",
};

const APP = join(process.cwd(), "app");

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

/** Every page route of the app: app/**\/page.tsx with route groups "(…)" left out. */
export function pageRoutes(): string[] {
  return filesUnder(APP)
    .filter((f) => /[\\/]page\.(tsx|ts|jsx|js)$/.test(f))
    .map((f) => "/" + relative(APP, f).split(sep).slice(0, -1).filter((s) => !/^\(.*\)$/.test(s)).join("/"))
    .sort();
}

const SERVER_DIRECTIVE = /^(?:\s*(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/))*\s*["']use server["']/;

/**
 * Modules under app/, components/ and lib/ that declare server actions. A "use server" that is
 * not the file's directive (an action defined inside a component) is reported as `inline`, so
 * that the test fails rather than miss it.
 */
export function serverActionModules(): { modules: { file: string; key: string }[]; inline: string[] } {
  const root = process.cwd();
  const files = ["app", "components", "lib"].flatMap((d) => filesUnder(join(root, d))).filter((f) => /\.(tsx?|jsx?)$/.test(f) && !f.includes(`${sep}generated${sep}`));
  const modules: { file: string; key: string }[] = [];
  const inline: string[] = [];
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    if (!/["']use server["']/.test(text)) continue;
    if (SERVER_DIRECTIVE.test(text)) modules.push({ file, key: relative(APP, file).split(sep).join("/") });
    else inline.push(relative(root, file));
  }
  return { modules, inline };
}
