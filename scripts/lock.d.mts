export function withLock<T>(dir: string, what: string, work: () => T | Promise<T>): Promise<T>;
