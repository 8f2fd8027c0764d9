import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

/**
 * The profile page: the report of May 2015 for any place, made of the widgets. One section per figure of the report
 * that the place has, in the report's order; the figures it has not, with the reason; the sources. The place is in
 * the page's address (`?municipality=GM0363`, `?region=GM…,GM…&region-name=…`, `?region=NL`). Served here at
 * `/profile/`, and by `npm run profile` at http://127.0.0.1:6008/dist/profile/index.html.
 */
const meta: Meta = {
  title: 'Profile',
  tags: ['!autodocs'],
  render: () => html`<p><a href="./profile/index.html" target="_top">Open het profiel van Heuvelrug Kromme Rijnstreek</a></p>
    <p><a href="./profile/index.html?municipality=GM0363" target="_top">Het profiel van Amsterdam</a></p>
    <p lang="en"><a href="./profile/index.html?municipality=GM0193&amp;lang=en" target="_top">The profile of Zwolle, in English</a></p>`,
};
export default meta;

/** Links to the profile page. */
export const Open: StoryObj = {};
