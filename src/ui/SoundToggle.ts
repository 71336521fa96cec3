import { el } from './dom';
import { icon } from './icons';

/** Shows the sound state on a toggle built by {@link soundToggle}. */
export function showSoundState(button: HTMLButtonElement, muted: boolean): void {
  button.setAttribute('aria-pressed', String(!muted));
  button.querySelector('.icon')?.replaceWith(icon(muted ? 'sound-off' : 'sound-on'));
}

/**
 * A toggle button named "Sound" whose pressed state says whether sound is on. The name never changes,
 * as the ARIA toggle pattern requires; the icon and the pressed state show the state.
 */
export function soundToggle(muted: boolean, onToggle: (muted: boolean) => void): HTMLButtonElement {
  const button = el('button', { className: 'toggle', attrs: { type: 'button' } }, [
    icon('sound-on'),
    ' Sound',
  ]);
  showSoundState(button, muted);
  button.addEventListener('click', () => {
    const nextMuted = button.getAttribute('aria-pressed') === 'true';
    showSoundState(button, nextMuted);
    onToggle(nextMuted);
  });
  return button;
}
