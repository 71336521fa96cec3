/**
 * A tiny stand-in for testing-library's role queries: accessible names computed from aria-labelledby,
 * aria-label or text content (skipping aria-hidden parts), and lookups of buttons by that name.
 */

/** Text of a node as a screen reader reads it: aria-hidden subtrees left out, whitespace collapsed. */
export function visibleText(node: Node): string {
  const parts: string[] = [];
  const walk = (current: Node) => {
    if (current.nodeType === Node.TEXT_NODE) {
      parts.push(current.textContent ?? '');
      return;
    }
    if (current instanceof Element && current.getAttribute('aria-hidden') === 'true') return;
    current.childNodes.forEach(walk);
  };
  walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** The accessible name of an element: aria-labelledby, then aria-label, then its visible text. */
export function accessibleName(element: Element): string {
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) {
    const owner = element.ownerDocument;
    return labelledBy
      .split(/\s+/)
      .map((id) => owner.getElementById(id))
      .filter((label): label is HTMLElement => label !== null)
      .map(visibleText)
      .join(' ');
  }
  const label = element.getAttribute('aria-label');
  if (label) return label.trim();
  return visibleText(element);
}

/** All buttons under `root`, in document order. */
export function buttons(root: ParentNode = document): HTMLButtonElement[] {
  return [...root.querySelectorAll('button')];
}

/** Accessible names of all buttons under `root`, in document order. */
export function buttonNames(root: ParentNode = document): string[] {
  return buttons(root).map(accessibleName);
}

/** The one button under `root` whose accessible name is `name` (or matches it); throws otherwise. */
export function getButton(name: string | RegExp, root: ParentNode = document): HTMLButtonElement {
  const matches = buttons(root).filter((button) => {
    const accessible = accessibleName(button);
    return typeof name === 'string' ? accessible === name : name.test(accessible);
  });
  if (matches.length !== 1) {
    throw new Error(
      `expected one button named ${String(name)}, found ${matches.length} among ${JSON.stringify(buttonNames(root))}`,
    );
  }
  return matches[0]!;
}

/** The one element with `role` under `root` whose accessible name is `name`; throws otherwise. */
export function getByRole(role: string, name: string | RegExp, root: ParentNode = document): HTMLElement {
  const implicit: Record<string, string> = {
    button: 'button',
    heading: 'h1,h2,h3,h4,h5,h6',
    list: 'ul,ol',
    listitem: 'li',
    link: 'a[href]',
    // A section or form is a landmark only when it has a name.
    region: 'section[aria-label],section[aria-labelledby]',
    form: 'form[aria-label],form[aria-labelledby]',
  };
  const selector = implicit[role] ? `${implicit[role]},[role="${role}"]` : `[role="${role}"]`;
  const matches = [...root.querySelectorAll<HTMLElement>(selector)].filter((element) => {
    const accessible = accessibleName(element);
    return typeof name === 'string' ? accessible === name : name.test(accessible);
  });
  if (matches.length !== 1)
    throw new Error(`expected one ${role} named ${String(name)}, found ${matches.length}`);
  return matches[0]!;
}

/** Text of every heading under `root`. */
export function headings(root: ParentNode = document): string[] {
  return [...root.querySelectorAll('h1,h2,h3,h4,h5,h6')].map(visibleText);
}
