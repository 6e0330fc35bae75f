// A controller work queue as client-go's workqueue behaves under controller-runtime:
// one entry per key (a key added again keeps the earlier due time), at most
// `concurrency` keys processed at once and never one key twice at a time; a key
// added while it is processed runs again after (ESO's --concurrent, default 1:
// cmd/controller/root.go).

export class WorkQueue {
  private readonly due = new Map<string, number>();
  private readonly running = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  private readonly work: (key: string) => Promise<void>;
  private readonly concurrencyValue: () => number;

  constructor(work: (key: string) => Promise<void>, concurrency: () => number) {
    this.work = work;
    this.concurrencyValue = concurrency;
  }

  add(key: string, delayMs = 0): void {
    if (this.stopped) return;
    const at = Date.now() + Math.max(0, delayMs);
    const existing = this.due.get(key);
    if (existing !== undefined && existing <= at) return;
    this.due.set(key, at);
    this.pump();
  }

  forget(key: string): void {
    this.due.delete(key);
  }

  clear(): void {
    this.due.clear();
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  stop(): void {
    this.stopped = true;
    this.clear();
  }

  start(): void {
    this.stopped = false;
  }

  isIdle(horizonMs: number): boolean {
    const limit = Date.now() + horizonMs;
    return this.running.size === 0 && [...this.due.values()].every((at) => at > limit);
  }

  private pump(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const now = Date.now();
    let next = Infinity;
    const ready = [...this.due.entries()].filter(([key]) => !this.running.has(key)).sort((a, b) => a[1] - b[1]);
    for (const [key, at] of ready) {
      if (at > now) {
        next = Math.min(next, at);
        continue;
      }
      if (this.running.size >= Math.max(1, this.concurrencyValue())) break;
      this.due.delete(key);
      this.running.add(key);
      void this.work(key)
        .catch((error: unknown) => {
          console.error(`local controller: ${key} failed:`, error);
        })
        .finally(() => {
          this.running.delete(key);
          if (!this.stopped) this.pump();
        });
    }
    if (next !== Infinity && !this.stopped) {
      this.timer = setTimeout(
        () => {
          this.pump();
        },
        Math.min(next - now, 2_147_483_647),
      );
      this.timer.unref();
    }
  }
}
