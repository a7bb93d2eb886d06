export { patchAdbPackage as PATCH } from "@/lib/http/endpoints/adb";
