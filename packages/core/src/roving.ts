/** One keyboard stop of a chart, at a row and column of a grid. */
export interface RovingItem {
  element: Element & { focus(options?: FocusOptions): void };
  row: number;
  col: number;
}

/**
 * Makes a chart one Tab stop with arrow-key movement between its marks (roving tabindex):
 * Left/Right move within a row (to the nearest column), Up/Down between rows, Home/End to the
 * row's ends, and Enter or Space activates. Returns a function that removes the listeners.
 */
export function rovingGrid(container: Element, items: RovingItem[], onActivate: (item: RovingItem) => void, initial = 0): () => void {
  if (!items.length) return () => {};
  let current = Math.min(Math.max(initial, 0), items.length - 1);
  items.forEach((item, i) => item.element.setAttribute('tabindex', i === current ? '0' : '-1'));

  const move = (next: number) => {
    if (next < 0 || next === current) return;
    items[current].element.setAttribute('tabindex', '-1');
    current = next;
    items[current].element.setAttribute('tabindex', '0');
    items[current].element.focus();
  };
  const nearest = (row: number, col: number) => {
    let best = -1;
    let bestDistance = Infinity;
    items.forEach((item, i) => {
      if (item.row !== row) return;
      const distance = Math.abs(item.col - col);
      if (distance < bestDistance) [best, bestDistance] = [i, distance];
    });
    return best;
  };
  const rows = [...new Set(items.map((i) => i.row))].sort((a, b) => a - b);

  const onKey = (event: Event) => {
    const e = event as KeyboardEvent;
    const index = items.findIndex((i) => i.element === e.target);
    if (index < 0) return;
    current = index;
    const { row, col } = items[index];
    const inRow = items.map((item, i) => ({ item, i })).filter(({ item }) => item.row === row);
    const rowAt = rows.indexOf(row);
    let next: number;
    switch (e.key) {
      case 'ArrowRight':
        next = inRow.find(({ item }) => item.col > col)?.i ?? -1;
        break;
      case 'ArrowLeft':
        next = [...inRow].reverse().find(({ item }) => item.col < col)?.i ?? -1;
        break;
      case 'ArrowDown':
        next = rowAt + 1 < rows.length ? nearest(rows[rowAt + 1], col) : -1;
        break;
      case 'ArrowUp':
        next = rowAt > 0 ? nearest(rows[rowAt - 1], col) : -1;
        break;
      case 'Home':
        next = inRow[0].i;
        break;
      case 'End':
        next = inRow[inRow.length - 1].i;
        break;
      case 'Enter':
      case ' ':
        e.preventDefault();
        onActivate(items[index]);
        return;
      default:
        return;
    }
    e.preventDefault();
    move(next);
  };
  const onClick = (event: Event) => {
    const index = items.findIndex((i) => i.element === event.target || i.element.contains(event.target as Node));
    if (index >= 0) {
      move(index);
      onActivate(items[index]);
    }
  };
  container.addEventListener('keydown', onKey);
  container.addEventListener('click', onClick);
  return () => {
    container.removeEventListener('keydown', onKey);
    container.removeEventListener('click', onClick);
  };
}

/**
 * Gives a chart's keyboard stops a widget role, as WCAG 4.1.2 asks of anything that takes focus (the IBM Equal
 * Access checker's `element_tabbable_role_valid`). A mark that does something when chosen is already a `button`
 * (a municipality on the map or in the scorecard). One that only reads out its value becomes an `option` of one
 * read-only `listbox`, named by the element with id `labelledBy` (the figure's visible title): its group, or,
 * where Plot drew the marks in several groups side by side (one per facet or per line), a new group around those,
 * so that the one option with the Tab stop is always in it. With a widget role a screen reader also hands the
 * arrow keys to the chart instead of reading on, so the roving focus works there too.
 */
export function keyboardRoles(stops: Iterable<Element>, labelledBy: string): void {
  const groups = new Set<Element>();
  for (const stop of stops) {
    if (stop.getAttribute('role') === 'button') continue;
    stop.setAttribute('role', 'option');
    groups.add(stop.parentElement!);
  }
  const [first] = groups;
  if (!first) return;
  let box = first;
  // Several groups, neighbours in their parent (so that nothing is drawn in another order): one box around them.
  const siblings = [...first.parentElement!.children];
  const at = [...groups].map((g) => siblings.indexOf(g)).sort((a, b) => a - b);
  if (groups.size > 1 && at[0] >= 0 && at[at.length - 1] - at[0] === at.length - 1) {
    box = first.ownerDocument.createElementNS(first.namespaceURI, 'g');
    first.parentElement!.insertBefore(box, siblings[at[0]]);
    for (const i of at) {
      siblings[i].setAttribute('role', 'group');
      box.append(siblings[i]);
    }
  }
  for (const list of box === first && groups.size > 1 ? groups : [box]) {
    list.removeAttribute('aria-label');
    list.setAttribute('aria-labelledby', labelledBy);
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-readonly', 'true');
  }
}
