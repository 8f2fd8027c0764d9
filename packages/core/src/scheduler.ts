const waiters: (() => void)[] = [];
let channel: MessageChannel | undefined;

/** Resolves in a new task: a message to itself (no 4 ms clamp as with nested timers), through one channel for all. */
export const nextTask = (): Promise<void> =>
  new Promise((resolve) => {
    if (!channel) {
      channel = new MessageChannel();
      channel.port1.onmessage = () => waiters.shift()?.();
    }
    waiters.push(resolve);
    channel.port2.postMessage(null);
  });

/** The host that has updated in the current task, if any: one for the whole page. */
let owner: object | null = null;

/**
 * One widget update per task: a page with seven widgets draws each in its own task, so the page's main thread is
 * never blocked for all seven charts at once (Total Blocking Time; docs/performance.md) and input can be handled
 * between them. A widget alone on its page, or updating again in its own task, waits for nothing. The host awaits
 * `turn()` in its `scheduleUpdate()`.
 */
export class UpdateScheduler {
  constructor(private readonly host: object) {}

  /** Resolves when the host may update: at once if no other host updated in this task, else in the next free task. */
  async turn(): Promise<void> {
    const self = this.host;
    while (owner && owner !== self && typeof MessageChannel === 'function') await nextTask();
    if (owner === self) return;
    owner = self;
    queueMicrotask(() => void nextTask().then(() => (owner = null)));
  }
}
