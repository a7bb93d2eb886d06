export { getAdbSubProject as GET } from "@/lib/http/endpoints/adb";
