export { getReports as GET, postReport as POST } from "@/lib/http/endpoints/dispatch";
