export { getPushes as GET } from "@/lib/http/endpoints/library";
