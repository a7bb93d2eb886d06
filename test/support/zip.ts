// Hand-made ZIP archives for the upload tests: real deflate data from node:zlib, with sizes the
// test chooses to declare — honest, or lying the way a crafted bomb does.
import { crc32, createDeflateRaw } from "node:zlib";

export interface RawEntry {
  name: string;
  /** Already deflated (method 8) bytes, or the stored (method 0) content. */
  data: Uint8Array;
  method: 0 | 8;
  uncompressedSize: number;
  crc: number;
}

/** `size` bytes of `byte`, deflated chunk by chunk: megabytes in, a few hundred bytes out per MB. */
export interface Deflated {
  data: Uint8Array;
  crc: number;
  size: number;
}

export async function deflatedRepeat(size: number, byte = 0x20): Promise<Deflated> {
  const chunk = Buffer.alloc(1024 * 1024, byte);
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on("data", (c: Buffer) => out.push(c));
  const done = new Promise((resolve, reject) => deflate.on("end", resolve).on("error", reject));
  let crc = 0;
  for (let left = size; left > 0; left -= chunk.length) {
    const part = left >= chunk.length ? chunk : chunk.subarray(0, left);
    crc = crc32(part, crc);
    if (!deflate.write(part)) await new Promise((r) => deflate.once("drain", r));
  }
  deflate.end();
  await done;
  return { data: new Uint8Array(Buffer.concat(out)), crc, size };
}

export function stored(name: string, text: string): RawEntry {
  const data = new TextEncoder().encode(text);
  return { name, data, method: 0, uncompressedSize: data.byteLength, crc: crc32(data) };
}

/** A ZIP archive of the entries, each declaring the uncompressed size given (true or not). */
export function zipOf(entries: RawEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.data.byteLength, 18);
    local.writeUInt32LE(e.uncompressedSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt32LE(e.crc >>> 0, 16);
    central.writeUInt32LE(e.data.byteLength, 20);
    central.writeUInt32LE(e.uncompressedSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(e.data));
    centrals.push(central, name);
    offset += local.length + name.length + e.data.byteLength;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/** The parts an .xlsx reader looks for, around the sheet the test supplies. */
export function workbookParts(sheet: RawEntry): RawEntry[] {
  return [
    stored("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    stored("xl/workbook.xml", '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>'),
    sheet,
  ];
}

/** A workbook whose sheet is the deflated content, declaring `declaredSize` (by default the truth). */
export function bombWorkbook(sheet: Deflated, declaredSize = sheet.size): Uint8Array {
  return zipOf(workbookParts({ name: "xl/worksheets/sheet1.xml", data: sheet.data, method: 8, uncompressedSize: declaredSize, crc: sheet.crc }));
}
