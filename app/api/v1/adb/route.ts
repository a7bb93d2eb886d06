export { getAdbProgramme as GET } from "@/lib/http/endpoints/adb";
