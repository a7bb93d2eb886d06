export { postAdbPackage as POST } from "@/lib/http/endpoints/adb";
