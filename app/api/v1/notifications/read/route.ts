export { postNotificationsRead as POST } from "@/lib/http/endpoints/matching";
