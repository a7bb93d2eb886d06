export { postPushResponse as POST } from "@/lib/http/endpoints/matching";
