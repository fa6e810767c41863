/** Splits `like this` spans out of a hint so they can be set as <code> with textContent. */
export function codeSpans(text: string): { text: string; code: boolean }[] {
  return text.split('`').map((part, index) => ({ text: part, code: index % 2 === 1 })).filter((part) => part.text !== '');
}
