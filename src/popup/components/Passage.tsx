/** A corpus passage with the words that state the fact emphasised; plain text only, never parsed as HTML. */

/** Props of Passage. */
export interface PassageProps {
  text: string;
  spanStart: number;
  spanEnd: number;
}

/** Offsets outside the passage (a stale or odd match) are clamped, so the passage still reads whole. */
export function Passage({ text, spanStart, spanEnd }: PassageProps) {
  const start = Math.max(0, Math.min(spanStart, text.length));
  const end = Math.max(start, Math.min(spanEnd, text.length));
  return (
    <blockquote class="passage" data-testid="passage">
      {text.slice(0, start)}
      {end > start && <mark>{text.slice(start, end)}</mark>}
      {text.slice(end)}
    </blockquote>
  );
}
