export { getInstitutions as GET, postInstitution as POST } from "@/lib/http/endpoints/finance";
