import type { Page, TestInfo } from '@playwright/test';
import { expect } from './fixtures';

/** What {@link layoutProblems} checks besides the always-on checks. */
export interface LayoutOptions {
  /** Also report visible interactive elements smaller than this many CSS px either way (touch targets). */
  minTarget?: number;
}

/**
 * Finds layout breakage on the page as shown now, the way a person would see it: a horizontal scrollbar,
 * interactive elements or text pushed off-screen sideways, two visible interactive elements on top of
 * each other, text cut off by its box, and (optionally) touch targets that are too small. Elements
 * scrolled out of view inside a scrolling panel, hidden ones, inert ones and the visually hidden live
 * region are skipped. Returns one readable line per problem.
 */
export function layoutProblems(page: Page, options: LayoutOptions = {}): Promise<string[]> {
  return page.evaluate(({ minTarget }) => {
    const problems: string[] = [];
    const viewportWidth = document.documentElement.clientWidth;
    const viewportHeight = document.documentElement.clientHeight;
    const name = (node: Element): string => {
      const text = (node.getAttribute('aria-label') ?? node.textContent ?? '').replace(/\s+/g, ' ').trim();
      const id = node.id ? `#${node.id}` : '';
      const classes =
        typeof node.className === 'string' && node.className ? `.${node.className.split(' ').join('.')}` : '';
      return `${node.tagName.toLowerCase()}${id}${classes} “${text.slice(0, 40)}”`;
    };
    type Box = { left: number; top: number; right: number; bottom: number };
    /** The part of an element not clipped by scrolling or clipping ancestors (or the viewport). */
    const visibleBox = (node: Element): Box | null => {
      const rect = node.getBoundingClientRect();
      let box: Box = { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
      for (let parent = node.parentElement; parent; parent = parent.parentElement) {
        const style = getComputedStyle(parent);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        const clip = parent.getBoundingClientRect();
        box = {
          left: Math.max(box.left, clip.left),
          top: Math.max(box.top, clip.top),
          right: Math.min(box.right, clip.right),
          bottom: Math.min(box.bottom, clip.bottom),
        };
      }
      box = { ...box, top: Math.max(box.top, 0), bottom: Math.min(box.bottom, viewportHeight) };
      return box.right - box.left > 0.5 && box.bottom - box.top > 0.5 ? box : null;
    };
    const shown = (node: Element): boolean => {
      if (node.closest('[inert], [hidden], .visually-hidden, #a11y-live')) return false;
      // checkVisibility also sees content hidden by a closed <details>.
      if (!node.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
      const rect = node.getBoundingClientRect();
      return rect.width > 0 && rect.height > 0;
    };

    if (document.documentElement.scrollWidth > viewportWidth + 1) {
      problems.push(
        `horizontal scrollbar: page is ${document.documentElement.scrollWidth}px wide in ${viewportWidth}px`,
      );
    }

    const interactive = [
      ...document.querySelectorAll<HTMLElement>(
        '#ui-root button, #ui-root a[href], #ui-root input, #ui-root select, #ui-root textarea, #ui-root summary, body > section button',
      ),
    ].filter(shown);
    const texts = [
      ...document.querySelectorAll<HTMLElement>(
        '#ui-root h1, #ui-root h2, #ui-root h3, #ui-root p, #ui-root li, #ui-root label, #ui-root td, #ui-root th',
      ),
    ].filter(shown);

    for (const node of [...interactive, ...texts]) {
      const rect = node.getBoundingClientRect();
      if (rect.left < -1 || rect.right > viewportWidth + 1) {
        problems.push(
          `off-screen sideways: ${name(node)} spans ${Math.round(rect.left)}–${Math.round(rect.right)}px of ${viewportWidth}px`,
        );
      }
    }

    for (const node of texts) {
      const style = getComputedStyle(node);
      const clips = style.overflowX !== 'visible' || style.textOverflow === 'ellipsis';
      if (clips && node.scrollWidth > node.clientWidth + 1) {
        problems.push(`text cut off: ${name(node)} needs ${node.scrollWidth}px in ${node.clientWidth}px`);
      }
    }

    // A panel whose content is wider than itself hides part of it behind a sideways scroll.
    for (const node of document.querySelectorAll<HTMLElement>('#ui-root *')) {
      if (!shown(node)) continue;
      const overflowX = getComputedStyle(node).overflowX;
      if (overflowX !== 'visible' && node.scrollWidth > node.clientWidth + 1) {
        problems.push(
          `content cut off sideways: ${name(node)} holds ${node.scrollWidth}px in ${node.clientWidth}px`,
        );
      }
    }

    // The element a person can actually tap: a checkbox or radio is tapped through its label.
    const target = (node: HTMLElement): HTMLElement =>
      node instanceof HTMLInputElement && ['checkbox', 'radio'].includes(node.type)
        ? (node.closest('label') ?? node)
        : node;
    const boxes = interactive
      .map((node) => ({ node, box: visibleBox(target(node)) }))
      .filter((entry): entry is { node: HTMLElement; box: Box } => entry.box !== null);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        if (target(a.node).contains(b.node) || target(b.node).contains(a.node)) continue;
        const width = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
        const height = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
        if (width > 2 && height > 2) problems.push(`overlapping: ${name(a.node)} and ${name(b.node)}`);
      }
    }

    // Headings and controls must not sit under another element (a panel drawn over them): the middle
    // and the corners of what is visible of each must show the element itself.
    const headings = texts.filter((node) => /^H[1-3]$/.test(node.tagName));
    for (const node of [...interactive, ...headings]) {
      const owner = target(node);
      const box = visibleBox(owner);
      if (!box) continue;
      // Mostly scrolled out of its panel (e.g. a prompt above the gap that has focus): what is left is a
      // sliver at the panel's rounded edge, and a person scrolls to read it, so it is not covered.
      if (box.bottom - box.top < owner.getBoundingClientRect().height / 2) continue;
      const inset = 3;
      const points = [
        [(box.left + box.right) / 2, (box.top + box.bottom) / 2],
        [box.left + inset, box.top + inset],
        [box.right - inset, box.top + inset],
        [box.left + inset, box.bottom - inset],
        [box.right - inset, box.bottom - inset],
      ] as const;
      for (const [x, y] of points) {
        const hit = document.elementFromPoint(x, y);
        if (hit && !owner.contains(hit) && !hit.contains(owner)) {
          problems.push(
            `covered: ${name(node)} lies under ${name(hit)} at ${Math.round(x)},${Math.round(y)}`,
          );
          break;
        }
      }
    }

    if (minTarget) {
      for (const node of interactive) {
        const rect = target(node).getBoundingClientRect();
        if (rect.width + 0.5 < minTarget || rect.height + 0.5 < minTarget) {
          problems.push(
            `touch target too small: ${name(node)} is ${Math.round(rect.width)}×${Math.round(rect.height)}px`,
          );
        }
      }
    }
    return problems;
  }, options);
}

/**
 * Checks the layout as shown now (see {@link layoutProblems}) and attaches a screenshot named `step`
 * to the test report, so a person can look at every step at every size.
 */
export async function expectSoundLayout(
  page: Page,
  testInfo: TestInfo,
  step: string,
  options: LayoutOptions = {},
): Promise<void> {
  await testInfo.attach(`${step}.png`, { body: await page.screenshot(), contentType: 'image/png' });
  expect(await layoutProblems(page, options), `layout problems at “${step}”`).toEqual([]);
}

/**
 * Controls a person cannot get to: each visible, non-inert control is scrolled into view (as the browser
 * does when it is tabbed to or swiped to) and must then be the element under its own centre, not hidden
 * behind another element or outside the screen. Returns one line per control out of reach.
 */
export function unreachableControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const controls = [
      ...document.querySelectorAll<HTMLElement>(
        '#ui-root button, #ui-root a[href], #ui-root input, #ui-root select, #ui-root textarea, #ui-root summary',
      ),
    ].filter(
      (node) =>
        !node.closest('[inert], [hidden]') &&
        node.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
    );
    for (const node of controls) {
      const target =
        node instanceof HTMLInputElement && ['checkbox', 'radio'].includes(node.type)
          ? (node.closest('label') ?? node)
          : node;
      target.scrollIntoView({ block: 'center', inline: 'nearest' });
      const rect = target.getBoundingClientRect();
      const x = rect.left + rect.width / 2;
      const y = rect.top + rect.height / 2;
      const hit = document.elementFromPoint(x, y);
      if (!hit || !(target.contains(hit) || hit.contains(target))) {
        const text = (node.getAttribute('aria-label') ?? node.textContent ?? '').trim().slice(0, 40);
        problems.push(
          `${node.tagName.toLowerCase()} “${text}” at ${Math.round(x)},${Math.round(y)} is covered by ${hit ? `${hit.tagName.toLowerCase()}.${String(hit.className)}` : 'nothing (off-screen)'}`,
        );
      }
    }
    return problems;
  });
}
