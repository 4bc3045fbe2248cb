/** Cutting a text to a length without leaving half a character behind. */

/**
 * The first `chars` characters of `text` (UTF-16 code units, as `String.length` counts them), one fewer when the
 * cut would split a surrogate pair: half an emoji at the end would show as a replacement sign.
 */
export function cutText(text: string, chars: number): string {
  if (text.length <= chars) return text;
  const last = text.charCodeAt(chars - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? chars - 1 : chars);
}
