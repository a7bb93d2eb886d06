export { getProductById as GET, patchProduct as PATCH } from "@/lib/http/endpoints/finance";
