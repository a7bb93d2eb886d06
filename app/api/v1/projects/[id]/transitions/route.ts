export { postProjectTransition as POST } from "@/lib/http/endpoints/projects";
