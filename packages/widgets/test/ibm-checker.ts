// The IBM Equal Access Accessibility Checker's engine (accessibility-checker-engine, its rules bundled: nothing is
// fetched), run on a page in the browser, as a second opinion beside axe. Its "potential violations" are
// heuristics that ask a person to confirm something; each kind found on our pages was checked by hand and is listed
// below with what was checked (docs/accessibility.md). A violation, or a potential violation of any other kind,
// fails the test.

interface AceResult {
  ruleId: string;
  value: [string, string];
  path: { dom: string };
  message: string;
}
interface Ace {
  Checker: new () => { check(doc: Document | Element, rulesets: string[]): Promise<{ results: AceResult[] }> };
}

/** Potential violations confirmed by hand on the profile pages (live and static), with what was confirmed. */
export const REVIEWED_POTENTIAL: Record<string, string> = {
  widget_tabbable_exists: 'the map’s and the scorecard’s buttons have tabindex -1 but one: a roving Tab stop, one per chart (a11y.test.ts)',
  aria_keyboard_handler_exists: 'the keys are handled on the chart box and the combobox (rovingGrid, q4-place-combobox), tested with real key presses',
  element_tabbable_visible: 'the skip link is off screen until it has focus, then shown (page.css .skip:focus)',
  style_focus_visible: 'every focusable element has a 3 px focus ring (page.css, core styles), also in forced colours',
  style_color_misuse: 'no information by colour alone: every chart has labels, a readout, a legend in words and a table',
  form_submit_button_exists: 'the place search chooses on Enter or a click in its list (a combobox); it submits nothing',
  input_label_visible: 'the land-use year menu sits inside its visible label ("Jaar")',
  text_sensory_misuse: 'words such as "largest" or "beside" refer to numbers or the next field, not to a position on screen',
  text_block_heading: 'each widget’s title is a heading (role="heading", aria-level) and is meant as one',
};

let engine: Promise<Ace> | undefined;
function ace(): Promise<Ace> {
  engine ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/node_modules/accessibility-checker-engine/ace.js';
    script.addEventListener('load', () => resolve((window as unknown as { ace: Ace }).ace), { once: true });
    script.addEventListener('error', () => reject(new Error('accessibility-checker-engine did not load')), { once: true });
    document.head.append(script);
  });
  return engine;
}

/** What the IBM checker finds on `doc` that fails: violations, and potential violations of a kind not reviewed. */
export async function ibmFindings(doc: Document): Promise<string[]> {
  const { Checker } = await ace();
  const { results } = await new Checker().check(doc, ['IBM_Accessibility']);
  return results
    .filter(
      ({ value: [level, outcome], ruleId }) => level === 'VIOLATION' && (outcome === 'FAIL' || (outcome === 'POTENTIAL' && !(ruleId in REVIEWED_POTENTIAL))),
    )
    .map((r) => `${r.ruleId} (${r.value[1]}): ${r.message} at ${r.path.dom}`);
}
