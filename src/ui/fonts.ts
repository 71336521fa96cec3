/**
 * Loads the game's fonts once the menu has been painted: their style sheet (and with it the font files)
 * is a separate download that the first screen never waits for, so it costs nothing in the time or bytes
 * before the menu can be used. Until the fonts arrive the system faces named in `ui.css` show the text.
 */
export function loadFontsAfterPaint(): void {
  requestAnimationFrame(() => {
    setTimeout(() => {
      import('./fonts.css').catch((error: unknown) => {
        console.warn('Borderlines: the fonts could not be loaded; the system fonts stand in.', error);
      });
    }, 0);
  });
}
