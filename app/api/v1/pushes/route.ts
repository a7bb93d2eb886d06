export { getPushes as GET, postPushes as POST } from "@/lib/http/endpoints/matching";
