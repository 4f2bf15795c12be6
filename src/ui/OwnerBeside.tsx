import { withControlsShown } from '../workbook/shown-text';

/**
 * An item's owner in a line of other words about the item (its area, status, due date): isolated, so
 * a direction override or right-to-left letters in it cannot reorder the words after it, and on one
 * line however long it is. Hidden characters are written out, as wherever an owner is read.
 */
export function OwnerBeside({ owner }: { owner: string }) {
  const trimmed = owner.trim();
  if (!trimmed) return null;
  return (
    <>
      {' · '}
      <bdi className="owner-beside">{withControlsShown(trimmed)}</bdi>
    </>
  );
}
