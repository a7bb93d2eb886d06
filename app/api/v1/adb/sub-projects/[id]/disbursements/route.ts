export { postAdbDisbursement as POST } from "@/lib/http/endpoints/adb";
