export { getDashboardSummary as GET } from "@/lib/http/endpoints/cockpit";
