export { getMatches as GET } from "@/lib/http/endpoints/matching";
