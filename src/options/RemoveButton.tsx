/**
 * A document's Remove button. While the removal is under way it is disabled and says so, and is no target for
 * the focus a neighbour's removal hands on: a disabled button cannot take it.
 */
export function RemoveButton({
  title,
  busy,
  onClick,
  control,
}: {
  title: string;
  busy: boolean;
  onClick: () => void;
  control: (element: HTMLElement | null) => void;
}) {
  return (
    <button
      type="button"
      class="secondary remove"
      disabled={busy}
      onClick={onClick}
      aria-label={`${busy ? 'Removing' : 'Remove'} ${title}`}
      ref={busy ? undefined : control}
    >
      {busy ? 'Removing…' : 'Remove'}
    </button>
  );
}
