export { getFinancing as GET } from "@/lib/http/endpoints/finance";
