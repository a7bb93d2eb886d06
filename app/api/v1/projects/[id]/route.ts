export { getProject as GET } from "@/lib/http/endpoints/library";
