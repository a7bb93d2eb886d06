export { getProblems as GET, postProblem as POST } from "@/lib/http/endpoints/dispatch";
