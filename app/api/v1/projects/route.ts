export { getProjects as GET } from "@/lib/http/endpoints/library";
