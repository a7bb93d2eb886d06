export { getProject as GET, patchProject as PATCH } from "@/lib/http/endpoints/projects";
