export { getClimatePortfolio as GET } from "@/lib/http/endpoints/climate";
