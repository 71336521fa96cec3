import { el } from './dom';
import { icon } from './icons';

/**
 * A toggle button (ARIA `aria-pressed`) whose name never changes, as the toggle pattern requires; the
 * pressed state, and optionally an icon, show the state. `onToggle` receives the new pressed state.
 */
export function toggleButton(options: {
  label: string;
  pressed: boolean;
  onToggle: (pressed: boolean) => void;
  title?: string;
  iconFor?: (pressed: boolean) => SVGSVGElement;
}): HTMLButtonElement {
  const button = el(
    'button',
    { className: 'toggle', attrs: { type: 'button', ...(options.title ? { title: options.title } : {}) } },
    [
      options.iconFor ? options.iconFor(options.pressed) : null,
      options.iconFor ? ` ${options.label}` : options.label,
    ],
  );
  showPressed(button, options.pressed, options.iconFor);
  button.addEventListener('click', () => {
    const next = button.getAttribute('aria-pressed') !== 'true';
    showPressed(button, next, options.iconFor);
    options.onToggle(next);
  });
  return button;
}

/** Shows a toggle's state: its pressed attribute and, where it has one, its icon. */
function showPressed(
  button: HTMLButtonElement,
  pressed: boolean,
  iconFor?: (pressed: boolean) => SVGSVGElement,
): void {
  button.setAttribute('aria-pressed', String(pressed));
  if (iconFor) button.querySelector('.icon')?.replaceWith(iconFor(pressed));
}

/** The speaker icon for a Sound toggle: pressed means sound is on. */
const soundIcon = (on: boolean) => icon(on ? 'sound-on' : 'sound-off');

/** Shows the sound state on a toggle built by {@link soundToggle} (when it changed elsewhere). */
export function showSoundState(button: HTMLButtonElement, muted: boolean): void {
  showPressed(button, !muted, soundIcon);
}

/** The "Sound" toggle: pressed while sound is on. `onToggle` receives whether sound is now muted. */
export function soundToggle(muted: boolean, onToggle: (muted: boolean) => void): HTMLButtonElement {
  return toggleButton({
    label: 'Sound',
    pressed: !muted,
    onToggle: (on) => onToggle(!on),
    iconFor: soundIcon,
  });
}
