export { getProducts as GET } from "@/lib/http/endpoints/library";
