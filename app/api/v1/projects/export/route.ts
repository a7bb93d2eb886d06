export { getExport as GET } from "@/lib/http/endpoints/projects";
