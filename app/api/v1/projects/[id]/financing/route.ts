export { getProjectFinancing as GET, postProjectFinancing as POST } from "@/lib/http/endpoints/finance";
