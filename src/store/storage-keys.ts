// Every storage key the app uses, in one place; free of imports so the build config can read it too.
export const STORAGE_KEYS = {
  state: 'ai-startup-workbook',
  /** Prefix of the keys that hold stored text the app could not read, until the user deals with it. */
  unreadable: 'ai-startup-workbook.unreadable',
  /** When the plan was last exported (ms since the epoch); apart from the plan, so no format change touches it. */
  lastExport: 'ai-startup-workbook.last-export',
} as const;
