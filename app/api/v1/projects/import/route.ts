export { postImport as POST } from "@/lib/http/endpoints/projects";
