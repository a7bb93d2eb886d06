export { getMe as GET } from "@/lib/http/endpoints/system";
