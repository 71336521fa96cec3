import { el } from './dom';
import { type IconName, icon } from './icons';

/**
 * A collapsible menu section (`<details>`) whose summary is drawn as a button: an icon, the title, and a
 * chevron (from the style sheet) that turns when it opens, so it reads as something to open, not as a
 * heading. The title stays the summary's whole accessible name; the icon is hidden from assistive
 * technology. `className` is added to `settings`, the class every menu section has.
 */
export function menuDisclosure(
  name: IconName,
  title: string,
  className: string,
  content: (HTMLElement | null)[],
): HTMLDetailsElement {
  return el('details', { className: `settings ${className}` }, [
    el('summary', {}, [icon(name), el('span', { className: 'summary-text', text: title })]),
    ...content,
  ]);
}
