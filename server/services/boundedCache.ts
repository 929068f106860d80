// A least-recently-used map bounded by entry count and by total size, so a cache can never grow the process.
export class BoundedCache<V extends { size: number }> {
  private readonly entries = new Map<string, V>();
  private bytes = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxBytes: number,
  ) {}

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  set(key: string, value: V): void {
    if (value.size > this.maxBytes) return;
    this.delete(key);
    this.entries.set(key, value);
    this.bytes += value.size;
    for (const [oldest, old] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= old.size;
    }
  }

  delete(key: string): void {
    const value = this.entries.get(key);
    if (value === undefined) return;
    this.entries.delete(key);
    this.bytes -= value.size;
  }
}

/** One cache per owner (each AppContext: a process has one, every test app its own), made on first use. */
function cachePerOwner<V extends { size: number }>(maxEntries: number, maxBytes: number): (owner: object) => BoundedCache<V> {
  const caches = new WeakMap<object, BoundedCache<V>>();
  return (owner) => {
    const known = caches.get(owner);
    if (known) return known;
    const created = new BoundedCache<V>(maxEntries, maxBytes);
    caches.set(owner, created);
    return created;
  };
}

interface KeptAnswer {
  readonly answer: Promise<unknown>;
  readonly storedAt: number;
  readonly size: number;
}

/** A reader of answers kept per owner and key for `keepMs`, as promises, so callers arriving together (after a write,
 * or at start) ask once; an answer that failed is forgotten. The caller puts what the answer depends on in the key. */
export function keptAnswers(maxEntries: number, keepMs: number): <T>(owner: object, key: string, read: () => Promise<T>) => Promise<T> {
  const cacheOf = cachePerOwner<KeptAnswer>(maxEntries, maxEntries);
  return async <T>(owner: object, key: string, read: () => Promise<T>): Promise<T> => {
    const cache = cacheOf(owner);
    const kept = cache.get(key);
    if (kept && Date.now() - kept.storedAt < keepMs) return kept.answer as Promise<T>;
    const answer = read();
    cache.set(key, { answer, storedAt: Date.now(), size: 1 });
    answer.catch(() => cache.delete(key));
    return answer;
  };
}
