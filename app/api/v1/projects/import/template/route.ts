export { getImportTemplate as GET } from "@/lib/http/endpoints/projects";
