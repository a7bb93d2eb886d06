export { putAdbMilestone as PUT } from "@/lib/http/endpoints/adb";
