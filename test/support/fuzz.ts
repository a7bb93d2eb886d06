// Building blocks of the API fuzz test: a seeded random source (a failing run replays from its
// seed), hostile values of every kind a client can send, JSON text that carries what
// JSON.stringify cannot (1e400, 2^63, NaN, deep nesting), multipart bodies broken on purpose,
// and a look into zod schemas for field names and enum values.
import type { z } from "zod";

/** mulberry32: tiny, fast, and the same sequence for the same seed on every machine. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (!items.length) throw new Error("fuzz: pick from an empty list");
    return items[Math.floor(this.next() * items.length)];
  }

  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  }
}

/** JSON text placed verbatim: numbers JSON.stringify cannot write, nesting it would overflow on. */
export class Raw {
  constructor(readonly text: string) {}
}

export function jsonText(value: unknown): string {
  if (value instanceof Raw) return value.text;
  if (Array.isArray(value)) return `[${value.map(jsonText).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}:${jsonText(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

const KB = 1024;
const huge = {
  ascii: "a".repeat(120 * KB),
  cjk: "项".repeat(60 * KB),
  emoji: "😀".repeat(40 * KB),
  nul: "\u0000".repeat(100 * KB),
  digits: "9".repeat(100 * KB),
};

/** Strings a person, a broken client or an attacker might send, each with a short label. */
export const HOSTILE_STRINGS: readonly (readonly [string, string])[] = [
  ["empty", ""], ["space", " "], ["tabs/newlines", "\t\r\n "], ["nul", "\u0000"], ["nul-inside", "ab\u0000cd"],
  ["lone-high-surrogate", "\ud800"], ["lone-low-surrogate", "x\udfffy"], ["emoji", "🌱💰🏦👨‍👩‍👧‍👦"], ["rtl", "\u202eabc\u202c דוגמה عربي"],
  ["zero-width", "\u200b\u200c\u200d\ufeff"], ["combining", "e\u0301\u0301\u0301\u0301"], ["fullwidth", "１２３４５"],
  ["arabic-digits", "١٢٣"], ["sql-quote", "' OR '1'='1"], ["sql-drop", "1; DROP TABLE \"Project\"; --"],
  ["sql-like", "%_%\\"], ["html", "<script>alert(1)</script>"], ["html-attr", "\"><img src=x onerror=alert(1)>"],
  ["template", "${7*7}{{7*7}}"], ["path", "../../../../etc/passwd"], ["url", "javascript:alert(1)"],
  ["format", "%s%n%x%d"], ["proto", "__proto__"], ["backslashes", "\\\\\\"], ["crlf-header", "a\r\nX-Injected: 1"],
  ["control", "\u0001\u0002\u001b[31m"], ["bom", "\ufeffabc"], ["replacement", "\ufffd\ufffd"], ["max-bmp", "\uffff"],
  ["astral", "𠀀𪚥"], ["long-word", "x".repeat(5000)], ["huge-ascii", huge.ascii], ["huge-cjk", huge.cjk],
  ["huge-emoji", huge.emoji], ["huge-nul", huge.nul], ["huge-digits", huge.digits],
];

/** Texts that read as numbers, amounts, dates or ids to some parser. */
export const NUMBERISH_STRINGS: readonly string[] = [
  "0", "-0", "-1", "1", "1.5", "-1.5", "0.0001", "0.00001", "1e3", "1e400", "-1e400", "1e-400", "NaN", "Infinity", "-Infinity",
  "0x1F", "0b11", "0o7", "1_000", "1,234.5678", "１２３", "3500万", "1.2亿", "-5万", "0万", "99999999999999999999999亿",
  "12abc", " 12 ", "+12", "..1", "1..2", "9007199254740993", "9223372036854775808", "18446744073709551616", "-9223372036854775809",
  "123456789012345678901234567890", "3.45%", "-3.45%", "999%", "2026-02-30", "2026-13-01", "0000-00-00", "9999-12-31",
  "2026-01-01T00:00:00Z", "20260101", "1970-01-01", "2099-01-01", "-2026-01-01", "true", "null", "undefined", "[]", "{}",
];

/** JSON numbers, including literals JSON.parse turns into Infinity, -0 or a rounded 2^53+1. */
export const HOSTILE_NUMBERS: readonly unknown[] = [
  0, -0, -1, 1, 1.5, -1.5, 0.1 + 0.2, 2 ** 31, -(2 ** 31), 2 ** 53 + 2, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER,
  Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, 1e21, 1e-7,
  new Raw("1e400"), new Raw("-1e400"), new Raw("1e-400"), new Raw("-0.0"), new Raw("9007199254740993"), new Raw("9223372036854775808"),
  new Raw("18446744073709551616"), new Raw("123456789012345678901234567890"), new Raw("1E2"), new Raw("0.0000000000000000000001"),
];

/** Path and query ids that are not ids, or ids that do not exist. */
export const HOSTILE_IDS: readonly string[] = [
  "0", "-1", "abc", "1.5", "1e3", "1e400", String(2 ** 53 + 1), "9223372036854775808", "18446744073709551616", "1;DROP TABLE x",
  "", " ", "0x1F", "١٢", "NaN", "Infinity", "-0", "+1", " 1", "1 ", "00000000001", "99999999999", "2147483648", "999999999",
  "%00", "\u0000", "../1", "1/2", "[1]", "{}", "null", "true", "🌱", "x".repeat(2000),
];

const deep = (depth: number, open: string, close: string) => new Raw(open.repeat(depth) + close.repeat(depth));

const UNKNOWN_KEYS = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "$where", "id", "createdById", "deletedAt", "role", "__typename", "", " ", "😀", "a.b", "a[0]"];

export function hostileString(rng: Rng): string {
  return rng.chance(0.75) ? rng.pick(HOSTILE_STRINGS)[1] : rng.pick(NUMBERISH_STRINGS);
}

/** Text a database may refuse or a LIKE pattern may misread: NUL, lone surrogates, wildcards, escapes. */
const DATABASE_HOSTILE_TEXT = [
  "\u0000", "名称\u0000名称", "\u0000\u0000\u0000", "名称\u0000", "\u0000名称", "名称\u0000\u0000名称",
  "\ud800名称", "名称\udfff", "\udc00\ud800", "名称%", "名称\\", "名称'", "%_", "\\%", "名称\\\\",
];

/** A hostile value for a text field: what text fields pass on to queries gets the most weight. */
export function hostileText(rng: Rng): string {
  const r = rng.next();
  if (r < 0.45) return rng.pick(DATABASE_HOSTILE_TEXT);
  if (r < 0.8) return rng.pick(HOSTILE_STRINGS)[1];
  return rng.pick(NUMBERISH_STRINGS);
}

/** Any JSON value of any type, most of them wrong for whatever field receives them. */
export function hostileValue(rng: Rng, depth = 0): unknown {
  const kind = rng.int(0, depth > 1 ? 5 : 9);
  switch (kind) {
    case 0: return null;
    case 1: return rng.chance(0.5);
    case 2: case 3: return rng.pick(HOSTILE_NUMBERS);
    case 4: case 5: return hostileString(rng);
    case 6: return Array.from({ length: rng.int(0, 4) }, () => hostileValue(rng, depth + 1));
    case 7: return Object.fromEntries(Array.from({ length: rng.int(0, 3) }, () => [rng.pick(UNKNOWN_KEYS), hostileValue(rng, depth + 1)]));
    case 8: return rng.pick([deep(5000, "[", "]"), new Raw(`${'{"a":'.repeat(3000)}1${"}".repeat(3000)}`), Array.from({ length: 10_000 }, (_, i) => i)]);
    default: return rng.pick(NUMBERISH_STRINGS);
  }
}

/** A request body that is not the JSON object the endpoint expects: broken, wrong type or absurd. */
export function hostileBodyText(rng: Rng): { text: string; label: string } {
  const broken: readonly (readonly [string, string])[] = [
    ["truncated", '{"name": "x'], ["trailing-comma", '{"a": 1,}'], ["single-quotes", "{'a': 1}"], ["bare-word", "nul"],
    ["NaN-literal", '{"amount": NaN}'], ["Infinity-literal", '{"amount": Infinity}'], ["comment", '{"a": 1 /* c */}'],
    ["two-values", '{"a":1}{"b":2}'], ["bom", '\ufeff{"a": 1}'], ["nul-byte", '{"a":\u0000 1}'], ["form-encoded", "name=x&version=1"],
    ["xml", "<?xml version=\"1.0\"?><a/>"], ["unclosed-array", "[1, 2"], ["lone-brace", "}"], ["huge-broken", `{"a":"${"b".repeat(200 * KB)}`],
    ["dup-keys", '{"version": 1, "version": "x", "version": null}'], ["unicode-escape-broken", '{"a": "\\ud800\\u"}'],
  ];
  const whole: readonly (readonly [string, unknown])[] = [
    ["null", null], ["true", true], ["number", 42], ["string", "hello"], ["array", [1, 2, 3]], ["empty-array", []],
    ["nested-array", deep(10_000, "[", "]")], ["nested-object", new Raw(`${'{"a":'.repeat(5000)}1${"}".repeat(5000)}`)],
    ["huge-string", huge.ascii], ["1e400", new Raw("1e400")], ["array-of-objects", [{}, {}]],
  ];
  if (rng.chance(0.5)) {
    const [label, text] = rng.pick(broken);
    return { text, label: `broken or odd JSON (${label})` };
  }
  const [label, value] = rng.pick(whole);
  return { text: jsonText(value), label: `body is ${label}` };
}

export function hostileUnknownField(rng: Rng): [string, unknown] {
  return [rng.chance(0.6) ? rng.pick(UNKNOWN_KEYS) : `x${rng.int(0, 999)}`, hostileValue(rng)];
}

export const CONTENT_TYPES = [
  "application/json", "application/json; charset=utf-8", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data",
  "multipart/form-data; boundary=zzz", "application/xml", "application/octet-stream", "application/json; charset=latin1", "",
] as const;

/** Query-string text for a value: percent-encoded, or raw bytes a proxy might pass on unchanged. */
export function queryText(value: string): string {
  // encodeURIComponent refuses lone surrogates; the well-formed form carries U+FFFD instead.
  return encodeURIComponent(value.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd"));
}

export const RAW_QUERY_PIECES = ["%", "%zz", "%E0%A4%A", "%ED%A0%80", "%00", "%C0%AF", "%FF%FE", "&&&", "==", "a[]=1&a[]=2", "+%2B+", "%25%32%35"];

// ——— multipart ———

const CRLF = "\r\n";

export interface RawBody {
  bytes: Uint8Array<ArrayBuffer>;
  contentType: string;
  label: string;
}

const enc = new TextEncoder();
const concat = (parts: (string | Uint8Array)[]) => {
  const chunks = parts.map((p) => (typeof p === "string" ? enc.encode(p) : p));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
};

function part(boundary: string, name: string, content: string | Uint8Array, file?: { name: string; type: string }): (string | Uint8Array)[] {
  const disposition = file ? `form-data; name="${name}"; filename="${file.name}"` : `form-data; name="${name}"`;
  return [`--${boundary}${CRLF}Content-Disposition: ${disposition}${CRLF}`, file ? `Content-Type: ${file.type}${CRLF}` : "", CRLF, content, CRLF];
}

/** A well-formed multipart body with one file field. */
export function multipartFile(field: string, content: Uint8Array, fileName: string, type: string, label: string): RawBody {
  const boundary = `----fuzz${Math.random().toString(16).slice(2)}`;
  return { bytes: concat([...part(boundary, field, content, { name: fileName, type }), `--${boundary}--${CRLF}`]), contentType: `multipart/form-data; boundary=${boundary}`, label };
}

/** Multipart bodies broken in the ways clients and proxies break them. */
export function brokenMultipart(rng: Rng, field: string, fileBytes: Uint8Array): RawBody {
  const b = "fuzzboundary";
  const whole = concat([...part(b, field, fileBytes, { name: "a.xlsx", type: "application/octet-stream" }), `--${b}--${CRLF}`]);
  const cases: (() => RawBody)[] = [
    () => ({ bytes: whole, contentType: "multipart/form-data", label: "multipart without boundary" }),
    () => ({ bytes: whole.slice(0, Math.max(1, Math.floor(whole.length / 2))), contentType: `multipart/form-data; boundary=${b}`, label: "truncated multipart" }),
    () => ({ bytes: whole, contentType: "multipart/form-data; boundary=other", label: "wrong boundary" }),
    () => ({ bytes: concat([...part(b, "other", "x"), `--${b}--${CRLF}`]), contentType: `multipart/form-data; boundary=${b}`, label: "no file field" }),
    () => ({ bytes: concat([...part(b, field, "just text"), `--${b}--${CRLF}`]), contentType: `multipart/form-data; boundary=${b}`, label: "file field is text" }),
    () => ({ bytes: concat([`--${b}--${CRLF}`]), contentType: `multipart/form-data; boundary=${b}`, label: "empty multipart" }),
    () => ({ bytes: new Uint8Array(0), contentType: `multipart/form-data; boundary=${b}`, label: "empty body" }),
    () => ({ bytes: enc.encode('{"file": "x"}'), contentType: "application/json", label: "JSON instead of multipart" }),
    () => ({ bytes: enc.encode("file=abc"), contentType: "application/x-www-form-urlencoded", label: "urlencoded instead of multipart" }),
    () => ({ bytes: whole, contentType: "text/plain", label: "multipart bytes as text/plain" }),
    () => ({ bytes: concat([`--${b}${CRLF}Content-Disposition: form-data; name="${field}"; filename="a.xlsx"${CRLF}${CRLF}`, fileBytes]), contentType: `multipart/form-data; boundary=${b}`, label: "no closing boundary" }),
    () => ({ bytes: concat([`--${b}${CRLF}garbage header line${CRLF}${CRLF}x${CRLF}--${b}--${CRLF}`]), contentType: `multipart/form-data; boundary=${b}`, label: "part without disposition" }),
    () => ({ bytes: concat([...part(b, field, fileBytes, { name: "a.xlsx", type: "x" }), ...part(b, field, "dup", { name: "b.xlsx", type: "x" }), `--${b}--${CRLF}`]), contentType: `multipart/form-data; boundary=${b}`, label: "file field twice" }),
    () => ({ bytes: concat([...part(b, field, fileBytes, { name: "\u202e\u0000../../x.xlsx", type: "application/vnd.ms-excel" }), `--${b}--${CRLF}`]), contentType: `multipart/form-data; boundary=${b}`, label: "hostile file name" }),
  ];
  return rng.pick(cases)();
}

/** File contents that are not a spreadsheet (or only start like one). */
export function notASpreadsheet(rng: Rng): { bytes: Uint8Array<ArrayBuffer>; label: string } {
  const cases: [string, () => Uint8Array<ArrayBuffer>][] = [
    ["empty file", () => new Uint8Array(0)],
    ["text file", () => enc.encode("项目名称,项目单位\n测试,测试\n")],
    ["png header", () => Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
    ["zip header then garbage", () => concat([Uint8Array.from([0x50, 0x4b, 0x03, 0x04]), enc.encode("garbage".repeat(50))])],
    ["empty zip", () => Uint8Array.from([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)])],
    ["old xls header", () => Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])],
    ["random bytes", () => Uint8Array.from({ length: rng.int(1, 4096) }, () => rng.int(0, 255))],
    ["zip header only", () => Uint8Array.from([0x50, 0x4b, 0x03, 0x04])],
  ];
  const [label, make] = rng.pick(cases);
  return { bytes: make(), label };
}

// ——— zod schemas ———

type Def = { type: string; [k: string]: unknown };
const defOf = (s: unknown): Def | undefined => (s as { _zod?: { def: Def } } | undefined)?._zod?.def;

/** The object shape behind refinements, transforms and preprocessing, if the schema is an object. */
export function shapeOf(schema: z.ZodType | undefined): Record<string, z.ZodType> | undefined {
  const def = defOf(schema);
  if (!def) return undefined;
  if (def.type === "object") return def.shape as Record<string, z.ZodType>;
  if (def.type === "pipe") return shapeOf(def.in as z.ZodType) ?? shapeOf(def.out as z.ZodType);
  return undefined;
}

/** The values an enum (or literal) field accepts, looking through optional, default and preprocess. */
export function enumValues(schema: unknown): string[] | undefined {
  const def = defOf(schema);
  if (!def) return undefined;
  switch (def.type) {
    case "enum": return Object.values(def.entries as Record<string, string>);
    case "literal": return (def.values as unknown[]).filter((v): v is string => typeof v === "string");
    case "pipe": return enumValues(def.out) ?? enumValues(def.in);
    case "optional": case "nullable": case "default": case "prefault": case "readonly": case "catch": return enumValues(def.innerType);
    case "union": {
      const all = (def.options as unknown[]).flatMap((o) => enumValues(o) ?? []);
      return all.length ? all : undefined;
    }
    default: return undefined;
  }
}

/** What a field takes at heart ("string", "number", "enum", "string|number", …), past wrappers and preprocessing. */
export function fieldKind(schema: unknown): string {
  const def = defOf(schema);
  if (!def) return "unknown";
  switch (def.type) {
    case "pipe": {
      const [a, b] = [fieldKind(def.in), fieldKind(def.out)];
      return a === "transform" ? b : b === "transform" ? a : b;
    }
    case "optional": case "nullable": case "default": case "prefault": case "readonly": case "catch": return fieldKind(def.innerType);
    case "union": return [...new Set((def.options as unknown[]).map(fieldKind))].join("|");
    default: return def.type;
  }
}

/** A short, printable account of a value for a failure report. */
export function summarize(value: unknown, max = 120): string {
  let text: string;
  if (value instanceof Uint8Array) text = `<${value.length} bytes>`;
  else if (typeof value === "string") text = JSON.stringify(value.length > max ? `${value.slice(0, max)}…(${value.length} chars)` : value);
  else text = jsonText(value);
  return text.length > max ? `${text.slice(0, max)}…(${text.length} chars)` : text;
}
