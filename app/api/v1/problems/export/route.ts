export { getProblemsExport as GET } from "@/lib/http/endpoints/dispatch";
