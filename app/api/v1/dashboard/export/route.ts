export { getDashboardExport as GET } from "@/lib/http/endpoints/cockpit";
