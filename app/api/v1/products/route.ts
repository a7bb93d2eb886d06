export { getProducts as GET, postProduct as POST } from "@/lib/http/endpoints/finance";
