// The builder's place field: an ARIA 1.2 combobox (a text field with a list of suggestions) over the area index.
// It renders into the page's own DOM (no shadow root), so that its label, hint and the page's stylesheet apply.
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { loadAreaIndex, suggest, type AreaIndex, type Municipality } from '@q4/data';

/** What the reader chose: a municipality's code, the text as typed (the widget resolves it), or null for none. */
export type PlaceChoice = string | null;

/**
 * A municipality typed or chosen from suggestions. Arrow keys move through the suggestions, Enter chooses, Escape
 * closes them. A typed place that matches no suggestion is still a choice: the widget then shows it, or says in its
 * own visible error why it cannot. Fires `q4-place` with `detail.value` (a CBS code, the typed text, or null).
 *
 * @tag q4-place-combobox
 * @fires q4-place - A place was chosen, typed or cleared; `detail.value` is a code, the text as typed, or null.
 */
export class Q4PlaceCombobox extends LitElement {
  /** The id of the text field (the `for` of its label). */
  @property({ attribute: 'field-id' }) fieldId = 'place';
  /** The label of the text field. */
  @property() label = '';
  /** The line under the field. */
  @property() hint = '';
  /** The name of the list of suggestions. */
  @property({ attribute: 'list-label' }) listLabel = '';
  /** The chosen place: a CBS code, a name as typed, or empty. */
  @property() value = '';
  /** The municipalities to offer (all of them when it resolves to null), in the order of the area index. */
  @property({ attribute: false }) offered: Promise<ReadonlySet<string> | null> = Promise.resolve(null);

  @state() private text = '';
  @state() private suggestions: Municipality[] = [];
  @state() private active = -1;
  @state() private open = false;
  #index: AreaIndex | null = null;
  /** The offered municipalities, once known. */
  #only?: ReadonlySet<string> | null;
  /** Counts the requests for suggestions: a late answer to an older one is dropped. */
  #asked = 0;

  /** The page's DOM, not a shadow root: the page's label, hint and styles reach the field. */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('offered')) {
      const offered = this.offered;
      this.#only = undefined;
      offered.then((only) => this.offered === offered && (this.#only = only)).catch(() => {});
    }
    if (!changed.has('value')) return;
    this.text = this.#index?.byCode.get(this.value)?.name ?? this.value;
    // A code from a shared link is shown by its name once the index is there.
    if (this.value && !this.#index)
      void loadAreaIndex()
        .then((index) => {
          this.#index = index;
          const m = index.byCode.get(this.value);
          if (m && this.text === this.value) this.text = m.name;
        })
        .catch(() => {});
  }

  // The keys are the field's (aria-activedescendant): an option is clicked, never focused.
  /* eslint-disable lit-a11y/click-events-have-key-events */
  protected override render() {
    const id = this.fieldId;
    return html`<div class="field combobox">
      <label for=${id} id="${id}-label">${this.label}</label>
      <input
        id=${id}
        aria-labelledby="${id}-label"
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded=${String(this.open)}
        aria-controls="${id}-list"
        aria-activedescendant=${this.active >= 0 ? `${id}-option-${this.active}` : nothing}
        aria-describedby="${id}-hint"
        autocomplete="off"
        .value=${live(this.text)}
        @input=${this.#input}
        @focus=${this.#focus}
        @keydown=${this.#keydown}
        @blur=${this.#close}
        @change=${this.#commitTyped}
      />
      <ul id="${id}-list" role="listbox" aria-label=${this.listLabel} ?hidden=${!this.open}>
        ${this.suggestions.map(
          (m, i) =>
            html`<li
              id="${id}-option-${i}"
              role="option"
              aria-selected=${String(i === this.active)}
              @mousedown=${(e: Event) => e.preventDefault()}
              @click=${() => this.#choose(m)}
            >${`${m.name} (${m.code})`}</li>`,
        )}
      </ul>
      <p class="hint" id="${id}-hint">${this.hint}</p>
    </div>`;
  }

  /* eslint-enable lit-a11y/click-events-have-key-events */

  /** The text field. */
  get field(): HTMLInputElement | null {
    return this.querySelector('input');
  }

  #input = (e: Event) => {
    this.text = (e.target as HTMLInputElement).value;
    void this.#show();
  };

  #focus = () => {
    // Where the widget has figures for some municipalities only, they are offered before anything is typed.
    void this.offered
      .then((only) => {
        if (only && !this.text) void this.#show();
      })
      .catch(() => {});
  };

  #keydown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (!this.open) void this.#show();
      else this.active = Math.min(this.suggestions.length - 1, this.active + 1);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      this.active = Math.max(0, this.active - 1);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      this.text = this.field?.value ?? this.text;
      if (this.active >= 0) this.#choose(this.suggestions[this.active]);
      else if (this.text.trim() && this.open && this.suggestions.length) this.#choose(this.suggestions[0]);
      else this.#commitTyped();
    } else if (e.key === 'Escape') this.#close();
    // The field's state answers the key at once (aria-activedescendant with the key press, not a microtask later).
    if (this.isUpdatePending) this.performUpdate();
  };

  /**
   * Suggestions among the municipalities offered: all of those offered while the field is empty. Made at once when
   * the index is there (Enter right after typing chooses among suggestions for what was typed, never older ones).
   */
  async #show(): Promise<void> {
    const asked = ++this.#asked;
    this.open = false;
    this.active = -1;
    // A list that cannot load stays closed: the field still takes a typed code or name.
    const known: [AreaIndex, ReadonlySet<string> | null] | null = this.#index && this.#only !== undefined ? [this.#index, this.#only] : null;
    const loaded = known ?? (await Promise.all([this.#index ?? loadAreaIndex(), this.offered]).catch(() => null));
    if (!loaded || asked !== this.#asked) return;
    const [index, only] = loaded;
    this.#index = index;
    const pool = only ? { ...index, municipalities: index.municipalities.filter((m) => only.has(m.code)) } : index;
    const text = this.text.trim();
    this.suggestions = text ? suggest(pool, text, 8) : only ? pool.municipalities : [];
    this.open = this.suggestions.length > 0;
  }

  #close = () => {
    this.#asked++;
    this.open = false;
    this.active = -1;
  };

  /** Sets the place and tells the page: a municipality from the list, the text as typed, or none. */
  #choose(choice: Municipality | string | null): void {
    if (choice !== null && typeof choice !== 'string') this.text = choice.name;
    else if (choice === null) this.text = '';
    this.#close();
    const value = choice === null ? null : typeof choice === 'string' ? choice : choice.code;
    this.value = value ?? '';
    this.dispatchEvent(new CustomEvent<{ value: PlaceChoice }>('q4-place', { detail: { value }, bubbles: true }));
  }

  /**
   * What the field holds when the reader leaves it or presses Enter with no suggestion: a typed place always
   * reaches the page, as that place (the widget resolves a name or code itself) or as the widget's own visible
   * error ("Deventer" for the scorecard), never silently ignored.
   */
  #commitTyped = () => {
    this.text = this.field?.value ?? this.text;
    const text = this.text.trim().slice(0, 60);
    const current = this.value;
    if (!text) return current ? this.#choose(null) : this.#close();
    if (current && (current === text || this.#index?.byCode.get(current)?.name === text)) return this.#close();
    const same = (a: string) => a.toLowerCase() === text.toLowerCase();
    this.#choose(this.suggestions.find((m) => same(m.name) || same(m.code)) ?? text);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'q4-place-combobox': Q4PlaceCombobox;
  }
}
