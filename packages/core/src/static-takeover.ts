import type { LitElement, TemplateResult } from 'lit';
import type { Lang } from './i18n.js';

/** What a static fragment is drawn from (Q4Element's `staticFigure`): its data, its width, and the chart drawn apart. */
export interface StaticFigure<D, M> {
  data: D;
  width: number;
  chart?: (model: M, width: number, lang: Lang) => { markup: TemplateResult; note: string };
}

/**
 * The static takeover: a widget whose shadow root came with the page (a static fragment or a server render: a
 * declarative shadow root) keeps that content on screen until its own chart is ready, then replaces it in one step,
 * so the page neither flashes nor moves. If the live widget cannot draw (a network fault), the static chart stays,
 * and `q4-error` tells the page. The host calls `adopt()` from `createRenderRoot()` and `release()` from `update()`.
 */
export class StaticTakeover {
  /** The content of the shadow root that came with the page, shown until the live chart replaces it. */
  #nodes?: ChildNode[];

  constructor(private readonly host: LitElement) {}

  /** Whether the page's static content is still on screen (the host renders nothing meanwhile). */
  get holding(): boolean {
    return !!this.#nodes;
  }

  /** Takes over a render root that came with content. Lit renders before the root's first child, which here will be removed: after it instead. */
  adopt(root: HTMLElement | DocumentFragment): void {
    if (root.childNodes.length === 0) return;
    this.#nodes = [...root.childNodes];
    this.host.renderOptions.renderBefore = null;
  }

  /** Removes the static content, in the update that shows the live chart (`ready`). */
  release(ready: boolean): void {
    if (!this.#nodes || !ready) return;
    for (const node of this.#nodes) node.remove();
    this.#nodes = undefined;
  }
}
