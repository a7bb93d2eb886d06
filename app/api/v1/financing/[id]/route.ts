export { patchFinancing as PATCH, deleteFinancing as DELETE } from "@/lib/http/endpoints/finance";
