// What a ZIP archive (an .xlsx is one) would expand to, found out before any library unpacks it:
// the central directory's entry count and sizes, then each entry inflated into nothing with its
// declared size as a hard cap, because a crafted archive can declare small sizes and still
// inflate to gigabytes. exceljs (through JSZip) reads the same directory and the same byte
// ranges, so what passes here is what it will unpack.
import { createInflateRaw } from "node:zlib";

export interface ZipLimits {
  /** Sum of every entry's uncompressed size. */
  maxUncompressedBytes: number;
  maxEntries: number;
  /** Uncompressed ÷ compressed of the whole archive; deflate tops out near 1032. */
  maxRatio: number;
}

export interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export type ZipProblem = "format" | "encrypted" | "entries" | "size" | "ratio";

export class ZipRefused extends Error {
  constructor(readonly problem: ZipProblem, detail: string) {
    super(`${problem}: ${detail}`);
    this.name = "ZipRefused";
  }
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_END64 = 0x06064b50;
const SIG_END64_LOCATOR = 0x07064b50;
const STORED = 0;
const DEFLATED = 8;

class Reader {
  private readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  private need(offset: number, length: number) {
    if (offset < 0 || offset + length > this.bytes.byteLength) throw new ZipRefused("format", `read past the end at ${offset}`);
  }
  u16(offset: number) {
    this.need(offset, 2);
    return this.view.getUint16(offset, true);
  }
  u32(offset: number) {
    this.need(offset, 4);
    return this.view.getUint32(offset, true);
  }
  /** 64-bit sizes beyond 2^53 are absurd for an upload; they read as Infinity and fail the limits. */
  u64(offset: number) {
    this.need(offset, 8);
    const v = this.view.getBigUint64(offset, true);
    return v > BigInt(Number.MAX_SAFE_INTEGER) ? Infinity : Number(v);
  }
  slice(offset: number, length: number) {
    this.need(offset, length);
    return this.bytes.subarray(offset, offset + length);
  }
}

/** The end-of-central-directory record: searched backwards over the at most 64 KiB comment. */
function findEnd(r: Reader): number {
  const last = r.bytes.byteLength - 22;
  for (let at = last; at >= Math.max(0, last - 0xffff); at--) {
    if (r.u32(at) === SIG_END) return at;
  }
  throw new ZipRefused("format", "no end of central directory");
}

function directoryBounds(r: Reader, end: number): { count: number; offset: number; size: number } {
  let count = r.u16(end + 10);
  let size = r.u32(end + 12);
  let offset = r.u32(end + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const locator = end - 20;
    if (locator < 0 || r.u32(locator) !== SIG_END64_LOCATOR) throw new ZipRefused("format", "ZIP64 locator missing");
    const end64 = r.u64(locator + 8);
    if (!Number.isFinite(end64) || r.u32(end64) !== SIG_END64) throw new ZipRefused("format", "ZIP64 end record missing");
    count = r.u64(end64 + 32);
    size = r.u64(end64 + 40);
    offset = r.u64(end64 + 48);
  }
  return { count, offset, size };
}

/** ZIP64 extended sizes: present, in this order, only for the fields whose 32-bit value is all ones. */
function applyZip64Extra(r: Reader, extraStart: number, extraLength: number, entry: ZipEntry) {
  for (let at = extraStart; at + 4 <= extraStart + extraLength;) {
    const id = r.u16(at);
    const length = r.u16(at + 2);
    if (id === 0x0001) {
      let field = at + 4;
      if (entry.uncompressedSize === 0xffffffff) {
        entry.uncompressedSize = r.u64(field);
        field += 8;
      }
      if (entry.compressedSize === 0xffffffff) {
        entry.compressedSize = r.u64(field);
        field += 8;
      }
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = r.u64(field);
      return;
    }
    at += 4 + length;
  }
}

/** The entries the central directory declares; refuses an archive with too many before reading them. */
export function readCentralDirectory(bytes: Uint8Array, maxEntries: number): ZipEntry[] {
  const r = new Reader(bytes);
  const { count, offset, size } = directoryBounds(r, findEnd(r));
  if (count > maxEntries) throw new ZipRefused("entries", `${count} entries`);
  if (!Number.isFinite(offset) || !Number.isFinite(size) || offset + size > bytes.byteLength) throw new ZipRefused("format", "central directory outside the file");
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (r.u32(at) !== SIG_CENTRAL) throw new ZipRefused("format", `entry ${i}: bad signature`);
    const nameLength = r.u16(at + 28);
    const extraLength = r.u16(at + 30);
    const commentLength = r.u16(at + 32);
    const entry: ZipEntry = {
      name: new TextDecoder().decode(r.slice(at + 46, nameLength)),
      flags: r.u16(at + 8),
      method: r.u16(at + 10),
      compressedSize: r.u32(at + 20),
      uncompressedSize: r.u32(at + 24),
      localHeaderOffset: r.u32(at + 42),
    };
    applyZip64Extra(r, at + 46 + nameLength, extraLength, entry);
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Inflates into nothing, counting; stops as soon as the output passes `cap`. */
function inflatedSize(data: Uint8Array, cap: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw();
    let total = 0;
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
    };
    inflate.on("data", (chunk: Buffer) => {
      total += chunk.length;
      if (total > cap) {
        settle(() => resolve(total));
        inflate.destroy();
      }
    });
    inflate.on("end", () => settle(() => resolve(total)));
    inflate.on("error", (e) => settle(() => reject(new ZipRefused("format", `inflate: ${e.message}`))));
    inflate.end(data);
  });
}

export interface ZipSummary {
  entries: ZipEntry[];
  uncompressedBytes: number;
}

/**
 * Refuses, with the reason, an archive that is malformed, encrypted, or would expand past the
 * limits — by its declared sizes first (cheap), then by really inflating each entry, capped at
 * its declared size, so that lying sizes are caught with bounded work and memory.
 */
export async function inspectZip(bytes: Uint8Array, limits: ZipLimits): Promise<ZipSummary> {
  const entries = readCentralDirectory(bytes, limits.maxEntries);
  let declared = 0;
  let compressed = 0;
  for (const e of entries) {
    if (e.flags & 0x1) throw new ZipRefused("encrypted", e.name);
    if (e.method !== STORED && e.method !== DEFLATED) throw new ZipRefused("format", `${e.name}: method ${e.method}`);
    declared += e.uncompressedSize;
    compressed += e.compressedSize;
  }
  if (!(declared <= limits.maxUncompressedBytes)) throw new ZipRefused("size", `declares ${declared} bytes`);
  if (declared / Math.max(compressed, 1) > limits.maxRatio) throw new ZipRefused("ratio", `${declared} / ${compressed}`);

  const r = new Reader(bytes);
  for (const e of entries) {
    if (r.u32(e.localHeaderOffset) !== SIG_LOCAL) throw new ZipRefused("format", `${e.name}: no local header`);
    const dataStart = e.localHeaderOffset + 30 + r.u16(e.localHeaderOffset + 26) + r.u16(e.localHeaderOffset + 28);
    const data = r.slice(dataStart, e.compressedSize);
    const actual = e.method === STORED || data.byteLength === 0 ? data.byteLength : await inflatedSize(data, e.uncompressedSize);
    if (actual > e.uncompressedSize) throw new ZipRefused("size", `${e.name} inflates past its declared ${e.uncompressedSize} bytes`);
  }
  return { entries, uncompressedBytes: declared };
}
