/** The SVG namespace, for elements made by script. */
const SVG = 'http://www.w3.org/2000/svg';

/** One SVG element with its attributes. */
function svgElement(tag: string, attrs: Record<string, string>): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  return node;
}

/**
 * The game's emblem for the title screen: a round badge in the UI's navy with a compass ring, two lands
 * and the border river between them (gold, with a dashed coral line beside it, as in the app icon
 * `assets/icon.svg`). Decoration only: hidden from assistive technology, since the title next to it names
 * the game. Drawn inline, so the menu needs no extra download for it.
 */
export function emblem(): SVGSVGElement {
  const svg = svgElement('svg', {
    viewBox: '0 0 96 96',
    'aria-hidden': 'true',
    focusable: 'false',
    class: 'emblem',
  }) as SVGSVGElement;
  const clip = svgElement('clipPath', { id: 'emblem-disc' });
  clip.append(svgElement('circle', { cx: '48', cy: '48', r: '38' }));
  const lands = svgElement('g', { 'clip-path': 'url(#emblem-disc)' });
  lands.append(
    svgElement('rect', { x: '0', y: '0', width: '96', height: '96', fill: '#274a74' }),
    svgElement('path', {
      d: 'M0 62 C16 48 28 66 46 52 S70 34 96 46 V96 H0z',
      fill: '#335d8c',
    }),
    svgElement('path', {
      d: 'M0 62 C16 48 28 66 46 52 S70 34 96 46',
      fill: 'none',
      stroke: '#f3cf7a',
      'stroke-width': '5',
      'stroke-linecap': 'round',
    }),
    svgElement('path', {
      d: 'M0 72 C16 58 28 76 46 62 S70 44 96 56',
      fill: 'none',
      stroke: '#e8876a',
      'stroke-width': '3',
      'stroke-dasharray': '5 4',
      'stroke-linecap': 'round',
    }),
    svgElement('circle', { cx: '62', cy: '34', r: '4', fill: '#fffdf8' }),
    svgElement('circle', { cx: '30', cy: '74', r: '4', fill: '#fffdf8' }),
  );
  const ring = svgElement('circle', {
    cx: '48',
    cy: '48',
    r: '42',
    fill: 'none',
    stroke: '#f3cf7a',
    'stroke-width': '3',
  });
  const ticks = svgElement('path', {
    d: 'M48 0v9M48 87v9M0 48h9M87 48h9',
    stroke: '#f3cf7a',
    'stroke-width': '4',
    'stroke-linecap': 'round',
  });
  svg.append(clip, lands, ring, ticks);
  return svg;
}
