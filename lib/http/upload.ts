// One file from a multipart/form-data request, with the size limit enforced while the body
// arrives: a declared Content-Length over the limit is refused before reading anything, and a
// body without one (chunked) is read only until it passes the limit.
import { PayloadTooLargeError, ValidationError } from "@/lib/errors";
import { m } from "@/lib/i18n";

/** Room for the multipart boundaries and part headers around the file itself. */
const MULTIPART_OVERHEAD = 64 * 1024;

async function readAtMost(body: ReadableStream<Uint8Array>, max: number, tooLarge: () => Error): Promise<Uint8Array<ArrayBuffer>> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

export async function readUploadedFile(request: Request, field: string, maxFileBytes: number, tooLarge: () => PayloadTooLargeError): Promise<Uint8Array> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\s*;/i.test(contentType) || !request.body) throw new ValidationError(m.upload.notMultipart);
  const maxBody = maxFileBytes + MULTIPART_OVERHEAD;
  if (Number(request.headers.get("content-length") ?? 0) > maxBody) throw tooLarge();
  const body = await readAtMost(request.body, maxBody, tooLarge);
  const form = await new Response(body, { headers: { "content-type": contentType } }).formData().catch(() => {
    throw new ValidationError(m.upload.notMultipart);
  });
  const file = form.get(field);
  if (!(file instanceof Blob)) throw new ValidationError(m.upload.noFile);
  if (file.size > maxFileBytes) throw tooLarge();
  return new Uint8Array(await file.arrayBuffer());
}
