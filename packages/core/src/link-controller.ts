import type { ReactiveController, ReactiveControllerHost } from '@lit/reactive-element';
import { html, type TemplateResult } from 'lit';
import { optionName } from './figure.js';
import { coreMessages, fill, type Lang } from './i18n.js';
import type { OptionTable } from './types.js';

/** A place chosen in one widget, for the widgets linked to it. */
export interface Q4LinkDetail {
  /** The `link` value the widgets share. */
  channel: string;
  /** CBS code of the chosen municipality, e.g. `GM0355`. */
  code: string;
  /** Its name. */
  name: string;
  /** The widget it was chosen in. */
  source: Element;
}

/** What the controller asks of its widget. */
export interface LinkHost extends ReactiveControllerHost, HTMLElement {
  link: string;
  readonly locale: Lang;
}

/**
 * Linked widgets (`link="…"`), as Lit's ContextConsumer follows a provider:
 * - **Announcing.** A place chosen in one widget (its `q4-select`, unless a listener cancelled it) is announced on
 *   the document as a `q4-link` event. The event goes through the document, not a module variable, so widgets from
 *   different bundles (the autoloader, a per-widget file, the npm packages) link too. Only a reader's own choice is
 *   announced, never a followed one, so linked widgets cannot echo each other in a loop.
 * - **Following.** Every other widget with the same `link` value sets its place options to the chosen place. One that
 *   cannot show it (no such option, or not in its data) goes back to what it showed and says why; no `q4-error`.
 * - **Its live region** (`part="link-notice"`): a polite status in the widget from the start, so what it says is
 *   announced.
 */
export class LinkController implements ReactiveController {
  /** A place being followed, until the widget has shown it or found it cannot. */
  #following?: { name: string; previous: Record<string, unknown> };
  /** What the live region says. */
  #notice = '';

  constructor(
    private readonly host: LinkHost,
    /** The options of the widget's figure: those that name a place (`place`) are set to a followed place. */
    private readonly table: () => OptionTable,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('q4-link', this.#onLink);
  }

  hostDisconnected(): void {
    document.removeEventListener('q4-link', this.#onLink);
  }

  /** Tells the widgets linked to the host that a reader chose this place in it. */
  announce(place: { code: string; name: string }): void {
    const channel = this.host.link.trim();
    if (!channel || !this.host.isConnected) return;
    const detail: Q4LinkDetail = { channel, code: place.code, name: place.name, source: this.host };
    this.host.ownerDocument.dispatchEvent(new CustomEvent('q4-link', { detail }));
  }

  /** Sets the host's place options to a place chosen elsewhere (see Q4Element.follow). */
  follow(place: { code: string; name?: string }): void {
    const code = String(place?.code ?? '')
      .trim()
      .slice(0, 100);
    const name = String(place?.name ?? code).slice(0, 100);
    if (!code) return;
    const t = coreMessages[this.host.locale];
    const places = Object.entries(this.table()).filter(([, spec]) => spec.place);
    const options = this.#options();
    if (!places.some(([, spec]) => spec.place === 'municipality')) {
      this.#say(fill(t.linkCannot, { name, reason: t.linkNoPlace }));
      return;
    }
    // The municipality is the place followed; a region and its name are cleared.
    const wanted = Object.fromEntries(places.map(([a, spec]) => [optionName(a), spec.place === 'municipality' ? code : '']));
    if (Object.entries(wanted).every(([p, value]) => options[p] === value)) {
      this.#say(fill(t.linkFollowed, { name }));
      return;
    }
    const previous = this.#following?.previous ?? Object.fromEntries(Object.keys(wanted).map((p) => [p, options[p]]));
    this.#following = { name, previous };
    Object.assign(options, wanted);
    this.host.requestUpdate();
  }

  /** The host has shown what it shows now: a place being followed has been followed. */
  shown(lang: Lang): void {
    if (!this.#following) return;
    this.#notice = fill(coreMessages[lang].linkFollowed, { name: this.#following.name });
    this.#following = undefined;
  }

  /**
   * The host cannot show what it was given. If that was a place being followed, the host's options go back to what it
   * showed, the live region says why, and this returns true: the host shows its previous place again, not an error.
   */
  refused(reason: string, lang: Lang): boolean {
    const following = this.#following;
    if (!following) return false;
    this.#following = undefined;
    Object.assign(this.#options(), following.previous);
    this.#notice = fill(coreMessages[lang].linkCannot, { name: following.name, reason });
    return true;
  }

  /** The live region, after the widget's content; nothing for a widget that is not linked and has said nothing. */
  render(main: TemplateResult): TemplateResult {
    if (!this.host.link && !this.#notice) return main;
    return html`${main}<p class="link-notice" part="link-notice" role="status" lang=${this.host.locale}>${this.#notice}</p>`;
  }

  #say(notice: string): void {
    this.#notice = notice;
    this.host.requestUpdate();
  }

  /** The host's options, read and written by property name. */
  #options(): Record<string, unknown> {
    return this.host as unknown as Record<string, unknown>;
  }

  #onLink = (event: Event): void => {
    const detail = (event as CustomEvent<Q4LinkDetail>).detail;
    const channel = this.host.link.trim();
    if (!channel || !detail || detail.source === this.host || detail.channel !== channel) return;
    if (typeof detail.code !== 'string' || typeof detail.name !== 'string') return;
    this.follow({ code: detail.code, name: detail.name });
  };
}
