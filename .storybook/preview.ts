import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';

// Docs tables (attributes, properties, events, parts, custom properties) come from the manifest,
// which is generated from the JSDoc of the element classes (npm run analyze).
setCustomElementsManifest(manifest);

const CDN = 'https://cdn.jsdelivr.net/npm/@q4/widgets/dist';
const escape = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The exact embed snippets (script tag, iframe, npm) for the story's current attributes. */
const embedSnippets: Decorator = (story, context) => {
  const tag = context.component;
  if (typeof tag !== 'string' || !tag.startsWith('q4-')) return story();
  const observed = (customElements.get(tag) as unknown as { observedAttributes?: string[] } | undefined)?.observedAttributes ?? [];
  const attrs = Object.entries(context.args)
    .map(([k, v]) => [k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`), v] as const)
    .filter(([k, v]) => observed.includes(k) && v !== '' && v !== undefined && v !== null && v !== false && !(k === 'lang' && v === 'nl'));
  const attrText = attrs.map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${escape(String(v))}"`)).join('');
  const name = tag.slice(3);
  const query = new URLSearchParams([['widget', name], ...attrs.map(([k, v]) => [k, String(v)] as [string, string])]).toString();
  const script = `<script type="module" src="${CDN}/cdn/${tag}.js"></script>\n<${tag}${attrText}></${tag}>`;
  const iframe = `<iframe title="${tag}" width="100%" height="720" style="border:0" loading="lazy"\n  src="${CDN}/embed/index.html?${query}"></iframe>`;
  const npm = `import '@q4/${name}/define';\n// <${tag}${attrText}></${tag}>`;
  return html`${story()}
    <details class="q4-embed-snippets" style="margin-top: 1.5em; font: 13px/1.4 system-ui, sans-serif">
      <summary>Embed this chart</summary>
      <p>Script tag (CDN):</p>
      <pre><code>${script}</code></pre>
      <p>Iframe (for a CMS that strips scripts):</p>
      <pre><code>${iframe}</code></pre>
      <p>npm:</p>
      <pre><code>${npm}</code></pre>
    </details>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [embedSnippets],
  parameters: {
    controls: { expanded: true },
    docs: { toc: true },
  },
};
export default preview;
