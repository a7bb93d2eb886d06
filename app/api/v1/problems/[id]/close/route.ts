export { postProblemClose as POST } from "@/lib/http/endpoints/dispatch";
