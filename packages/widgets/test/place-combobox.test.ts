import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { loadAreaIndex, suggest } from '@q4/data';
import { Q4PlaceCombobox } from '../builder/place-combobox.js';

if (!customElements.get('q4-place-combobox')) customElements.define('q4-place-combobox', Q4PlaceCombobox);

const press = (field: HTMLInputElement, key: string) => field.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
const type = (field: HTMLInputElement, text: string) => {
  field.value = text;
  field.dispatchEvent(new Event('input'));
};

describe('<q4-place-combobox>: the builder’s place field', () => {
  it('suggests from the area index, moves with the arrow keys and tells the chosen code', async () => {
    const box = await fixture<Q4PlaceCombobox>(html`<q4-place-combobox label="Gemeente" hint="Typ een naam" list-label="Gemeenten"></q4-place-combobox>`);
    const field = box.field!;
    expect(field.getAttribute('role')).to.equal('combobox');
    expect(box.querySelector(`label[for="${field.id}"]`)!.textContent).to.equal('Gemeente');
    type(field, 'Zwol');
    const list = box.querySelector<HTMLElement>('[role=listbox]')!;
    await waitUntil(() => !list.hidden, 'no suggestions');
    // The suggestions are the index's own, in its order.
    const expected = suggest(await loadAreaIndex(), 'Zwol', 8).map((m) => `${m.name} (${m.code})`);
    expect([...list.querySelectorAll('[role=option]')].map((o) => o.textContent)).to.deep.equal(expected);
    press(field, 'ArrowDown');
    expect(field.getAttribute('aria-activedescendant')).to.equal(list.querySelector('[aria-selected=true]')!.id);
    const chosen = oneEvent(box, 'q4-place');
    press(field, 'Enter');
    const first = suggest(await loadAreaIndex(), 'Zwol', 8)[0];
    expect((await chosen).detail.value).to.equal(first.code);
    await box.updateComplete;
    expect(field.value).to.equal(first.name);
    expect(list.hidden).to.equal(true);
  });

  it('takes a typed place with no suggestion as typed, offers only the given municipalities, and clears to null', async () => {
    const only = new Set(['GM0355', 'GM0310']);
    const box = await fixture<Q4PlaceCombobox>(html`<q4-place-combobox .offered=${Promise.resolve(only)}></q4-place-combobox>`);
    const field = box.field!;
    field.focus();
    const list = box.querySelector<HTMLElement>('[role=listbox]')!;
    await waitUntil(() => !list.hidden, 'the offered places are not listed on focus');
    expect([...list.querySelectorAll('[role=option]')].map((o) => /\((GM\d{4})\)$/.exec(o.textContent!)![1]).sort()).to.deep.equal([...only].sort());
    type(field, 'Deventer');
    let chosen = oneEvent(box, 'q4-place');
    press(field, 'Enter');
    expect((await chosen).detail.value).to.equal('Deventer');
    type(field, '');
    chosen = oneEvent(box, 'q4-place');
    field.dispatchEvent(new Event('change'));
    expect((await chosen).detail.value).to.equal(null);
  });

  it('shows a code given as its value by the municipality’s name', async () => {
    const box = await fixture<Q4PlaceCombobox>(html`<q4-place-combobox value="GM0363"></q4-place-combobox>`);
    const name = (await loadAreaIndex()).byCode.get('GM0363')!.name;
    await waitUntil(() => box.field!.value === name, 'the code is not shown by its name');
  });
});
