// An uploaded file is accepted as an .xlsx by what it contains, never by its name or declared
// type: a ZIP archive (PK\x03\x04) holding a workbook part, that expands to a bounded size.
// Anything else is refused with a message that says what the file looks like instead.
import { PayloadTooLargeError, ValidationError } from "@/lib/errors";
import { m } from "@/lib/i18n";
import { MAX_UNZIPPED_BYTES, MAX_UNZIPPED_MB, MAX_UPLOAD_BYTES, MAX_UPLOAD_MB, MAX_ZIP_ENTRIES, MAX_ZIP_RATIO } from "./limits";
import { inspectZip, ZipRefused } from "./zip";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** OLE compound file: legacy .xls, and every password-protected Office file. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

/** Text a person could have meant as a table: valid UTF-8 (BOM allowed) without NUL bytes. */
export function looksLikeText(bytes: Uint8Array): boolean {
  if (bytes.byteLength === 0 || bytes.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export function tooLarge(): PayloadTooLargeError {
  return new PayloadTooLargeError(m.upload.tooLarge.replace("{mb}", String(MAX_UPLOAD_MB)));
}

/** Throws the reason the bytes are not an .xlsx exceljs may safely open. */
export async function checkXlsx(bytes: Uint8Array): Promise<void> {
  if (bytes.byteLength > MAX_UPLOAD_BYTES) throw tooLarge();
  if (!startsWith(bytes, ZIP)) {
    if (startsWith(bytes, OLE)) throw new ValidationError(m.upload.legacyOrEncrypted);
    if (looksLikeText(bytes)) throw new ValidationError(m.upload.textFile);
    throw new ValidationError(m.upload.notXlsx);
  }
  try {
    const { entries } = await inspectZip(bytes, { maxUncompressedBytes: MAX_UNZIPPED_BYTES, maxEntries: MAX_ZIP_ENTRIES, maxRatio: MAX_ZIP_RATIO });
    // Every producer (Excel, WPS, LibreOffice, exceljs) writes the workbook part here, and exceljs reads it from here.
    const names = new Set(entries.map((e) => e.name.replace(/^\//, "")));
    if (!names.has("[Content_Types].xml") || !names.has("xl/workbook.xml")) throw new ValidationError(m.upload.notXlsx);
  } catch (e) {
    if (!(e instanceof ZipRefused)) throw e;
    // A bomb is refused by its expanded size or by a ratio no workbook reaches: one message for both.
    if (e.problem === "size" || e.problem === "ratio") throw new ValidationError(m.upload.tooBigUnzipped.replace("{mb}", String(MAX_UNZIPPED_MB)));
    if (e.problem === "entries") throw new ValidationError(m.upload.tooManyParts);
    throw new ValidationError(e.problem === "encrypted" ? m.upload.legacyOrEncrypted : m.upload.notXlsx);
  }
}
