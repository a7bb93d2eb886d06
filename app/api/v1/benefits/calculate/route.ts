export { postBenefitCalculate as POST } from "@/lib/http/endpoints/climate";
