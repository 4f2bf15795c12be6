// Keeps the tab's title in step with the screen, so tabs and history entries say where they lead.
import { useEffect } from 'react';

/** `null` while the screen is not the one shown (an area kept hidden a moment after it was left). */
export function useDocumentTitle(title: string | null) {
  useEffect(() => {
    if (title !== null) document.title = title;
  }, [title]);
}
