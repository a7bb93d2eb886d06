/** A same-site path to go to after sign-in; anything else (//host, /\\host, absolute URLs) is "/". */
export function safeCallbackPath(value: string | undefined | null): string {
  return value && /^\/(?![/\\])/.test(value) ? value : "/";
}
