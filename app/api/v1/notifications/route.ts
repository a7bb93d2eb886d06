export { getNotifications as GET } from "@/lib/http/endpoints/matching";
