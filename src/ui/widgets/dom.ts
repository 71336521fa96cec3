/** Attributes, text and listeners for {@link el}. */
export interface ElementProps {
  /** CSS class names. */
  className?: string;
  /** Text content (always set as text, never parsed as HTML). */
  text?: string;
  /** Attributes, e.g. `{ 'aria-label': '…' }`. */
  attrs?: Record<string, string>;
  /** Click handler. */
  onClick?: (event: MouseEvent) => void;
}

/**
 * Creates an element. Text from packs goes in through `textContent` only, so markup in a pack is shown
 * as text and never executed.
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: ElementProps = {},
  children: (Node | string | null | undefined | false)[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  for (const [name, value] of Object.entries(props.attrs ?? {})) node.setAttribute(name, value);
  const onClick = props.onClick;
  if (onClick) node.addEventListener('click', (event) => onClick(event as MouseEvent));
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

/** Makes a heading focusable by script (not by Tab) and focuses it, so screen readers start there. */
export function focusHeading(heading: HTMLElement): void {
  heading.setAttribute('tabindex', '-1');
  heading.focus({ preventScroll: true });
}

/** True when a key press happens inside a text field, where shortcuts must not fire. */
export function isTyping(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  if (!target) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
