// The profile page when its data cannot be fetched: a visible message and a way to try again, never a loading message
// left on screen; when the network is back, the retry shows the profile. (A page of its own: the area index must not
// have been loaded before.)
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { profileMessages as messages, readQuery } from '../src/profile-model/index.js';
import '../profile/q4-profile.js';
import type { Q4Profile } from '../profile/q4-profile.js';

const index = '/packages/data/src/generated/areas.ts';

describe('the profile page without its data', () => {
  before(() => executeServerCommand('q4-cache', { enabled: false }));
  after(async () => {
    await fetch(`/__q4/fault?path=${encodeURIComponent(index)}&times=0`);
    await executeServerCommand('q4-cache', { enabled: true });
  });

  it('says so with a button to try again, and shows the profile once the network is back', async function () {
    this.timeout(60000);
    await fetch(`/__q4/fault?path=${encodeURIComponent(index)}&kind=503&times=1000`);
    const page = await fixture<Q4Profile>(html`<q4-profile></q4-profile>`);
    page.query = readQuery('?municipality=GM0363');
    await waitUntil(() => page.querySelector('[role=alert]'), 'no message', { timeout: 40000 });
    expect(page.querySelector('[role=alert]')!.textContent).to.equal(messages.nl.failed);
    expect(page.querySelector('[role=status]'), 'no loading message left').to.equal(null);
    await fetch(`/__q4/fault?path=${encodeURIComponent(index)}&times=0`);
    [...page.querySelectorAll('button')].find((b) => b.textContent === messages.nl.retry)!.click();
    await waitUntil(() => page.querySelector('#bronnen'), 'the profile after the retry', { timeout: 30000 });
    expect(page.querySelector('h1')!.textContent).to.match(/^Amsterdam/);
  });
});
