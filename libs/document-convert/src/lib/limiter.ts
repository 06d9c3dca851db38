/** At most `size` holders at once; waiters are served in order and give up at their deadline. */
export class Limiter {
  private active = 0;
  private readonly queue: { grant: () => void }[] = [];

  constructor(private readonly size: number) {}

  /** Resolves to a release function, or to null when the deadline (ms since epoch, or Infinity) passes first. */
  acquire(deadline: number): Promise<(() => void) | null> {
    if (this.active < this.size) {
      this.active++;

      return Promise.resolve(this.releaser());
    }

    return new Promise((resolve) => {
      const waiter = {
        grant: () => {
          clearTimeout(timer);
          this.active++;
          resolve(this.releaser());
        },
      };
      // An infinite deadline (a batch that would rather wait than fail) sets no timer.
      const timer = Number.isFinite(deadline)
        ? setTimeout(
            () => {
              const at = this.queue.indexOf(waiter);
              if (at >= 0) this.queue.splice(at, 1);
              resolve(null);
            },
            Math.max(0, deadline - Date.now()),
          )
        : undefined;
      this.queue.push(waiter);
    });
  }

  private releaser(): () => void {
    let released = false;

    return () => {
      if (released) return;
      released = true;
      this.active--;
      this.queue.shift()?.grant();
    };
  }
}
