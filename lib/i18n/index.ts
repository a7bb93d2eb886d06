// Message catalogs: zh-CN is complete; other locales override what they translate.
import { en } from "./en";
import { zhCN, type Messages } from "./zh-CN";

export type Locale = "zh-CN" | "en";
export const DEFAULT_LOCALE: Locale = "zh-CN";
export type { Messages };

function merge<T extends object>(base: T, over: object | undefined): T {
  if (!over) return base;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(over)) {
    const b = (base as Record<string, unknown>)[k];
    out[k] = typeof v === "object" && v !== null && typeof b === "object" ? merge(b as object, v) : v;
  }
  return out as T;
}

const catalogs: Record<Locale, Messages> = { "zh-CN": zhCN, en: merge<Messages>(zhCN, en) };

export function messages(locale: Locale = DEFAULT_LOCALE): Messages {
  return catalogs[locale] ?? catalogs[DEFAULT_LOCALE];
}

/** The Chinese catalog: what every page shows until a locale switch exists. */
export const m = messages();
