import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { coreMessages, fill } from '@q4/core';
import { scorecard } from '@q4/data';
import '../src/index.js';

type Linked = HTMLElement & { municipality?: string; updateComplete: Promise<boolean> };
const root = (el: Element) => el.shadowRoot!;
const title = (el: Element) => root(el).querySelector('.title')?.textContent?.trim() ?? '';
const notice = (el: Element) => root(el).querySelector('.link-notice');
const drawn = (...els: Element[]) => waitUntil(() => els.every((el) => root(el)?.querySelector('svg.q4-plot')), 'drawn', { timeout: 10000 });
const nameOf = (code: string) => scorecard.areas.find((a) => a.code === code)!.name;
/** A reader chooses a municipality's cell in the scorecard (a click, as the pointer does). */
const choose = (card: Element, code: string) =>
  root(card)
    .querySelector(`rect[data-key="${code}|woning"]`)!
    .dispatchEvent(new MouseEvent('click', { bubbles: true }));

/** Counts the document's q4-link announcements and every q4-select and q4-error on the page while `run` runs. */
async function counting(run: () => Promise<void>) {
  const counts = { link: 0, select: 0, error: 0 };
  const onLink = () => counts.link++;
  const onSelect = () => counts.select++;
  const onError = () => counts.error++;
  document.addEventListener('q4-link', onLink);
  document.addEventListener('q4-select', onSelect);
  document.addEventListener('q4-error', onError);
  try {
    await run();
  } finally {
    document.removeEventListener('q4-link', onLink);
    document.removeEventListener('q4-select', onSelect);
    document.removeEventListener('q4-error', onError);
  }
  return counts;
}

describe('linked widgets (link="…")', () => {
  it('two linked widgets: a municipality chosen in the scorecard is shown by the key figures, which say so politely', async () => {
    const page = await fixture(html`<div>
      <q4-scorecard link="zeist-pagina" style="width: 700px" loading="eager"></q4-scorecard>
      <q4-key-figures link="zeist-pagina" style="width: 700px" loading="eager"></q4-key-figures>
      <q4-key-figures municipality="GM0312" style="width: 700px" loading="eager"></q4-key-figures>
    </div>`);
    const [card, figures, reference] = [...page.children] as Linked[];
    await drawn(card, figures, reference);
    const region = notice(figures)!;
    expect(region.getAttribute('role')).to.equal('status'); // a polite live region, in the page before it speaks
    expect(region.textContent).to.equal('');
    const counts = await counting(async () => {
      choose(card, 'GM0312');
      await waitUntil(() => figures.municipality === 'GM0312' && title(figures) === title(reference), 'followed', { timeout: 10000 });
    });
    expect(figures.getAttribute('municipality')).to.equal('GM0312');
    expect(region.textContent).to.equal(fill(coreMessages.nl.linkFollowed, { name: nameOf('GM0312') }));
    expect(notice(card)!.textContent).to.equal(''); // the widget the reader used says nothing: it changed as asked
    expect(counts).to.deep.equal({ link: 1, select: 1, error: 0 }); // one announcement, no echo
    await expect(figures).to.be.accessible();
  });

  it('three linked widgets follow a choice in any of them, in their own language, and only on their channel', async () => {
    const page = await fixture(html`<div>
      <q4-scorecard link="a" style="width: 700px" loading="eager"></q4-scorecard>
      <q4-commute-flows link="a" lang="en" style="width: 700px" loading="eager"></q4-commute-flows>
      <q4-key-figures link="a" style="width: 700px" loading="eager"></q4-key-figures>
      <q4-key-figures link="b" style="width: 700px" loading="eager"></q4-key-figures>
      <q4-key-figures style="width: 700px" loading="eager"></q4-key-figures>
    </div>`);
    const [card, commute, figures, otherChannel, unlinked] = [...page.children] as Linked[];
    await drawn(card, commute, figures, otherChannel, unlinked);
    const counts = await counting(async () => {
      choose(card, 'GM0310');
      await waitUntil(() => commute.municipality === 'GM0310' && figures.municipality === 'GM0310', 'followed', { timeout: 10000 });
      await waitUntil(() => notice(commute)!.textContent !== '' && notice(figures)!.textContent !== '', 'announced', { timeout: 10000 });
      await drawn(commute, figures);
    });
    expect(counts.link).to.equal(1);
    expect(notice(commute)!.textContent).to.equal(fill(coreMessages.en.linkFollowed, { name: nameOf('GM0310') }));
    expect(otherChannel.municipality).to.equal('');
    expect(unlinked.municipality).to.equal('');
    expect(notice(unlinked)).to.equal(null); // an unlinked widget has no live region of its own

    // Now a choice in the map: the scorecard and the key figures follow it.
    const again = await counting(async () => {
      await waitUntil(() => root(commute).querySelector('[data-area="GM0355"]'), 'Zeist on the map', { timeout: 10000 });
      root(commute)
        .querySelector('[data-area="GM0355"]')!
        .dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await waitUntil(() => card.municipality === 'GM0355' && figures.municipality === 'GM0355', 'followed the map', { timeout: 10000 });
    });
    expect(again).to.deep.equal({ link: 1, select: 1, error: 0 });
  });

  it('a cancelled q4-select is not followed', async () => {
    const page = await fixture(html`<div>
      <q4-scorecard link="c" style="width: 700px" loading="eager"></q4-scorecard>
      <q4-key-figures link="c" style="width: 700px" loading="eager"></q4-key-figures>
    </div>`);
    const [card, figures] = [...page.children] as Linked[];
    await drawn(card, figures);
    const cancel = (e: Event) => e.preventDefault();
    card.addEventListener('q4-select', cancel);
    const counts = await counting(async () => {
      choose(card, 'GM0312');
      await card.updateComplete;
      await nextFrame();
    });
    card.removeEventListener('q4-select', cancel);
    expect(counts).to.deep.equal({ link: 0, select: 1, error: 0 });
    expect(card.municipality).to.equal('');
    expect(figures.municipality).to.equal('');
    expect(notice(figures)!.textContent).to.equal('');
  });

  it('a widget that cannot show the chosen place says why and keeps what it showed, without q4-error', async () => {
    const page = await fixture(html`<div>
      <q4-commute-flows link="d" style="width: 700px" loading="eager"></q4-commute-flows>
      <q4-scorecard link="d" municipality="GM0352" style="width: 700px" loading="eager"></q4-scorecard>
      <q4-identity-shift link="d" style="width: 700px" loading="eager"></q4-identity-shift>
      <q4-scorecard municipality="GM0344" style="width: 700px" loading="eager"></q4-scorecard>
    </div>`);
    const [commute, card, identity, probe] = [...page.children] as Linked[];
    await drawn(commute, card, identity);
    // What the scorecard says of Utrecht (GM0344) on its own: the reason the linked one gives.
    await waitUntil(() => root(probe).querySelector('[role=alert]'), 'the scorecard refuses Utrecht');
    const reason = root(probe).querySelector('.state__message')!.textContent!;
    const before = title(card);
    let chosen: { code: string; name: string } | undefined;
    const counts = await counting(async () => {
      await waitUntil(() => root(commute).querySelector('[data-area="GM0344"]'), 'Utrecht on the map', { timeout: 10000 });
      commute.addEventListener('q4-select', (e) => (chosen = (e as CustomEvent).detail), { once: true });
      root(commute)
        .querySelector('[data-area="GM0344"]')!
        .dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await waitUntil(() => notice(card)!.textContent !== '' && notice(identity)!.textContent !== '', 'said so', { timeout: 10000 });
    });
    expect(chosen!.code).to.equal('GM0344');
    const chosenName = chosen!.name;
    expect(notice(card)!.textContent).to.equal(fill(coreMessages.nl.linkCannot, { name: chosenName, reason }));
    expect(notice(identity)!.textContent).to.equal(fill(coreMessages.nl.linkCannot, { name: chosenName, reason: coreMessages.nl.linkNoPlace }));
    expect(card.municipality).to.equal('GM0352');
    expect(title(card)).to.equal(before);
    expect(root(card).querySelector('svg.q4-plot')).to.exist;
    expect(counts.error).to.equal(0);
    await expect(card).to.be.accessible();
  });

  it('follow() shows a place chosen elsewhere, as the iframe embed does for its host page', async () => {
    const card = (await fixture(html`<q4-scorecard style="width: 700px" loading="eager"></q4-scorecard>`)) as Linked & {
      follow(p: { code: string; name: string }): void;
    };
    await drawn(card);
    card.follow({ code: 'GM0355', name: '<img src=x onerror=alert(1)>' });
    await waitUntil(() => card.municipality === 'GM0355');
    await card.updateComplete;
    expect(notice(card)!.textContent).to.equal(fill(coreMessages.nl.linkFollowed, { name: '<img src=x onerror=alert(1)>' }));
    expect(notice(card)!.querySelector('img')).to.equal(null); // text, never HTML
  });
});
