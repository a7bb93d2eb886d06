import type { RouteHandler } from "../endpoint";

/** The area's endpoints, in the order the OpenAPI document lists them. */
export const COCKPIT_ENDPOINTS: readonly RouteHandler[] = [];
