// Keeps the tab's title in step with the screen, so tabs and history entries say where they lead.
import { useEffect } from 'react';

export function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
