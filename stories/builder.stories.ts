import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

/**
 * The builder page: choose a widget, a municipality or region, the language, theme and options; see the live
 * widget; copy a script tag or an iframe, make a newsletter PNG with its HTML, or download SVG and CSV. Every
 * choice is in the page's address, so a link shows a colleague the same chart. Served here at `/builder/`, and
 * by `npm run builder` at http://127.0.0.1:6007/dist/builder/index.html.
 */
const meta: Meta = {
  title: 'Builder',
  tags: ['!autodocs'],
  render: () => html`<p>
      <a href="./builder/index.html" target="_top">Open de bouwpagina: maak een grafiek voor uw website of nieuwsbrief</a>
    </p>
    <p lang="en"><a href="./builder/index.html?lang=en" target="_top">Open the builder in English</a></p>`,
};
export default meta;

/** A link to the builder page. */
export const Open: StoryObj = {};
