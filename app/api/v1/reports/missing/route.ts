export { getMissingReports as GET } from "@/lib/http/endpoints/dispatch";
