export { getFactors as GET } from "@/lib/http/endpoints/climate";
