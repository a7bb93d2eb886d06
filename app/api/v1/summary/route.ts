export { getSummary as GET } from "@/lib/http/endpoints/library";
