/** Copying the daily challenge's result to share, with a way to copy it by hand when the clipboard fails. */

/**
 * Copies a daily result's share text to `clipboard`, saying so in `copied`; where the clipboard is missing or refused, shows it selected
 * in `fallback` to copy by hand.
 */
export async function copyResult(
  text: string,
  clipboard: Pick<Clipboard, 'writeText'> | undefined,
  copied: HTMLElement,
  fallback: HTMLTextAreaElement,
): Promise<void> {
  try {
    if (!clipboard) throw new Error('no clipboard');
    await clipboard.writeText(text);
    copied.textContent = 'Copied. Paste it wherever you like.';
  } catch {
    fallback.hidden = false;
    copied.textContent = 'Copying is not available here: the result is selected below, copy it by hand.';
    fallback.focus();
    fallback.select();
  }
}
