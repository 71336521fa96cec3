/** Names of the small inline icons the UI uses. */
export type IconName =
  | 'lock'
  | 'check'
  | 'sound-on'
  | 'sound-off'
  | 'play'
  | 'history'
  | 'modes'
  | 'cards'
  | 'retry'
  | 'stats'
  | 'packs'
  | 'timer'
  | 'learner'
  | 'settings';

const PATHS: Record<IconName, string> = {
  lock: 'M7 10V7a5 5 0 0 1 10 0v3h1a1 1 0 0 1 1 1v9a1 1 0 0 1-1 1H6a1 1 0 0 1-1-1v-9a1 1 0 0 1 1-1zm2 0h6V7a3 3 0 0 0-6 0z',
  check: 'M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z',
  'sound-on':
    'M3 9v6h4l5 5V4L7 9zm13.5 3A4.5 4.5 0 0 0 14 8v8a4.5 4.5 0 0 0 2.5-4zM14 3.2v2.1a7 7 0 0 1 0 13.4v2.1a9 9 0 0 0 0-17.6z',
  'sound-off':
    'M16.5 12A4.5 4.5 0 0 0 14 8v2.2l2.4 2.4c.1-.2.1-.4.1-.6zM19 12a7 7 0 0 1-.5 2.6l1.5 1.5A9 9 0 0 0 14 3.2v2.1a7 7 0 0 1 5 6.7zM4.3 3 3 4.3 7.7 9H3v6h4l5 5v-6.7l4.3 4.3a7 7 0 0 1-2.3 1.2v2.1a9 9 0 0 0 3.7-1.8l2 2 1.3-1.3zM12 4 9.9 6.1 12 8.2z',
  play: 'M7 4.5v15l12.5-7.5z',
  // A clock face with its hands: the borders through time.
  history:
    'M12 2a10 10 0 1 0 0 20 10 10 0 1 0 0-20zm0 2a8 8 0 1 1 0 16 8 8 0 1 1 0-16zm-1 3h2v5.4l3.6 2.1-1 1.7-4.6-2.7z',
  // A map pin: the places to name and find.
  modes:
    'M12 2a7 7 0 0 0-7 7c0 5.2 7 13 7 13s7-7.8 7-13a7 7 0 0 0-7-7zm0 4.3a2.7 2.7 0 1 1 0 5.4 2.7 2.7 0 1 1 0-5.4z',
  cards:
    'M4 7h11a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V9a2 2 0 0 1 2-2zm4-4h12a2 2 0 0 1 2 2v11h-3V6H8z',
  retry: 'M12 4V1L7 5.5l5 4.5V6.5a5.5 5.5 0 1 1-5.5 5.5H4a8 8 0 1 0 8-8z',
  stats: 'M3 20h18v2H3zM5 12h3v6H5zm5.5-7h3v13h-3zM16 9h3v9h-3z',
  packs: 'M12 2 2 7l10 5 10-5zM4.2 10.9 2 12l10 5 10-5-2.2-1.1L12 14.8zm0 5L2 17l10 5 10-5-2.2-1.1L12 19.8z',
  timer:
    'M9 1h6v2H9zm3 3a9 9 0 1 0 0 18 9 9 0 1 0 0-18zm0 2a7 7 0 1 1 0 14 7 7 0 1 1 0-14zm-1 2h2v6h-2zm7.3-3.7 1.4-1.4 2 2-1.4 1.4z',
  learner: 'M12 3a4.5 4.5 0 1 1 0 9 4.5 4.5 0 1 1 0-9zm0 10.5c4.4 0 8 2.2 8 5V21H4v-2.5c0-2.8 3.6-5 8-5z',
  settings:
    'M3 5h9v2H3zm13 0h5v2h-5zm-2-2h2v6h-2zM3 17h5v2H3zm9 0h9v2h-9zm-2-2h2v6h-2zM3 11h13v2H3zm17 0h1v2h-1zm-2-2h2v6h-2z',
};

/**
 * An inline SVG icon, hidden from assistive technology (the text next to it carries the meaning). Inline
 * SVG needs no emoji font, which headless and school machines often lack.
 */
export function icon(name: IconName): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.classList.add('icon', `icon-${name}`);
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', PATHS[name]);
  path.setAttribute('fill', 'currentColor');
  path.setAttribute('fill-rule', 'evenodd');
  svg.append(path);
  return svg;
}
