// Tasks of the page's main thread, shared by every widget: a widget's update, or the registration of a widget's
// element (which upgrades the page's tags at once), takes the task it runs in, and other widgets' updates wait for
// tasks of their own. So a page of seven widgets never holds the main thread for all of them in one long task (Total
// Blocking Time; docs/performance.md), and input is handled in between.

/** Resolves in a new task: a message to itself (no 4 ms clamp as with nested timers), through one channel for all. */
const waiters: (() => void)[] = [];
let channel: MessageChannel | undefined;
export const nextTask = (): Promise<void> =>
  new Promise((resolve) => {
    if (!channel) {
      channel = new MessageChannel();
      channel.port1.onmessage = () => waiters.shift()?.();
    }
    waiters.push(resolve);
    channel.port2.postMessage(null);
  });

/** What has run in the current task, if anything has claimed it. */
let owner: object | null = null;

/** Whether the current task belongs to something other than `self`. */
export const taskTaken = (self: object): boolean => owner !== null && owner !== self && typeof MessageChannel === 'function';

/** Claims the current task for `self`, until the next task. */
export function claimTask(self: object): void {
  if (owner === self || typeof MessageChannel !== 'function') return;
  owner = self;
  queueMicrotask(() => void nextTask().then(() => (owner = null)));
}
