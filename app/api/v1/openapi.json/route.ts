export { getOpenApi as GET } from "@/lib/http/endpoints";
