/**
 * An item's owner in a line of other words about the item (its area, status, due date): isolated, so
 * a direction override or right-to-left letters in it cannot reorder the words after it, and on one
 * line however long it is.
 */
export function OwnerBeside({ owner }: { owner: string }) {
  const trimmed = owner.trim();
  if (!trimmed) return null;
  return (
    <>
      {' · '}
      <bdi className="owner-beside">{trimmed}</bdi>
    </>
  );
}
