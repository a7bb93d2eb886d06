export { patchInstitution as PATCH } from "@/lib/http/endpoints/finance";
