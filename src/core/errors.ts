/**
 * The message of anything thrown: an `Error`'s message, or the value as text. One place for the phrase
 * every "could not …: reason" notice needs, since JavaScript lets any value be thrown.
 */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
