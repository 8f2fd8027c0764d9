import { expect } from '@open-wc/testing';
import { ReactiveElement } from '@lit/reactive-element';
import { nextTask, UpdateScheduler } from '../src/scheduler.js';

class Host extends ReactiveElement {
  readonly scheduler = new UpdateScheduler(this);
}
customElements.define('q4-test-scheduler-host', Host);

/** Counts the tasks that have begun since it started: a MessageChannel message per task, as the scheduler's own. */
function taskCounter(): { readonly now: number; stop(): void } {
  let now = 0;
  let on = true;
  const tick = () =>
    void nextTask().then(() => {
      now++;
      if (on) tick();
    });
  tick();
  return {
    get now() {
      return now;
    },
    stop: () => (on = false),
  };
}

describe('UpdateScheduler', () => {
  it('lets a host alone update in the task it asks in', async () => {
    await nextTask();
    const host = new Host();
    const tasks = taskCounter();
    await host.scheduler.turn();
    expect(tasks.now).to.equal(0);
    // and again in the same task: still its turn
    await host.scheduler.turn();
    expect(tasks.now).to.equal(0);
    tasks.stop();
  });

  it('gives each of several hosts that ask in one task a task of its own, in the order they asked', async () => {
    await nextTask();
    const hosts = [new Host(), new Host(), new Host()];
    const tasks = taskCounter();
    const turns: [number, number][] = [];
    await Promise.all(hosts.map((h, i) => h.scheduler.turn().then(() => turns.push([i, tasks.now]))));
    tasks.stop();
    expect(turns.map(([i]) => i)).to.deep.equal([0, 1, 2]);
    const at = turns.map(([, task]) => task);
    expect(at[0]).to.equal(0);
    expect(at[1]).to.be.greaterThan(at[0]);
    expect(at[2]).to.be.greaterThan(at[1]);
  });
});
