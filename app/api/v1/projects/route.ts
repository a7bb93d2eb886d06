export { getProjects as GET, postProject as POST } from "@/lib/http/endpoints/projects";
