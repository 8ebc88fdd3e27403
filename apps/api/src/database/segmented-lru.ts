import { LRUCache } from 'lru-cache';

export interface SegmentedLruOptions<V> {
  /** Where entries asked for once wait; a stream of one-off keys only ever evicts each other here. */
  probationSize: number;
  /** Entries asked for again; they fall back to probation when this is full. */
  protectedSize: number;
  sizeOf: (value: V) => number;
  /** Called when a value leaves the cache for good (evicted, replaced or deleted). */
  onRemove?: (value: V) => void;
}

/**
 * A segmented LRU: a new entry is kept in a small probation segment and moves to the protected one
 * when it is asked for again. A scan of distinct keys (every `asOf` of a year, say) then cycles
 * through probation and never pushes out the answers a team keeps asking for.
 */
export class SegmentedLru<V extends object> {
  private readonly probation: LRUCache<string, V>;
  private readonly protected: LRUCache<string, V>;
  private readonly onRemove: (value: V) => void;

  constructor(options: SegmentedLruOptions<V>) {
    const onRemove = options.onRemove ?? (() => {});
    this.onRemove = onRemove;
    const sizeCalculation = (value: V) => Math.max(1, options.sizeOf(value));
    this.probation = new LRUCache<string, V>({
      maxSize: options.probationSize,
      sizeCalculation,
      // 'delete' is a promotion to the protected segment (or a delete(), which says so itself).
      dispose: (value, _key, reason) => {
        if (reason !== 'delete') onRemove(value);
      },
    });
    this.protected = new LRUCache<string, V>({
      maxSize: options.protectedSize,
      sizeCalculation,
      dispose: (value, key, reason) => {
        if (reason !== 'evict' || !this.store(this.probation, key, value)) onRemove(value);
      },
    });
  }

  get(key: string): V | undefined {
    const hot = this.protected.get(key);
    if (hot !== undefined) return hot;
    const cold = this.probation.get(key);
    if (cold !== undefined) {
      this.probation.delete(key);
      if (!this.store(this.protected, key, cold) && !this.store(this.probation, key, cold)) this.onRemove(cold);
    }
    return cold;
  }

  /** Stores or replaces `key`'s value; one too large for the cache is let go at once. */
  set(key: string, value: V): void {
    if (!this.store(this.protected.has(key) ? this.protected : this.probation, key, value)) this.onRemove(value);
  }

  /** Measures `value` again if `key` still holds it (it grew); one now too large leaves. */
  resize(key: string, value: V): void {
    // A value that no longer fits is deleted by its segment, which tells onRemove.
    if (this.protected.peek(key) === value) this.protected.set(key, value);
    else if (this.probation.peek(key) === value) this.probation.set(key, value);
  }

  /** Removes `key` if it still holds `value`. */
  delete(key: string, value: V): void {
    if (this.protected.peek(key) === value) this.protected.delete(key);
    else if (this.probation.peek(key) === value) {
      this.probation.delete(key);
      this.onRemove(value);
    }
  }

  /** Whether the segment took the value: one larger than the segment is refused, silently. */
  private store(segment: LRUCache<string, V>, key: string, value: V): boolean {
    segment.set(key, value);
    return segment.peek(key) === value;
  }
}
