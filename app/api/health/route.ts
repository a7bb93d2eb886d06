export { getHealth as GET } from "@/lib/http/endpoints/system";
