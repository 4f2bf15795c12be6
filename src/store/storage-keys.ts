// Every storage key the app uses, in one place; free of imports so the build config can read it too.
export const STORAGE_KEYS = {
  state: 'ai-startup-workbook',
  /** Prefix of the keys that hold stored text the app could not read, until the user deals with it. */
  unreadable: 'ai-startup-workbook.unreadable',
  /** When the plan was last exported (ms since the epoch); apart from the plan, so no format change touches it. */
  lastExport: 'ai-startup-workbook.last-export',
  /** "off" when the user turned single-key shortcuts off in the shortcut sheet; a setting of this browser, not of the plan. */
  singleKeyShortcuts: 'ai-startup-workbook.single-key-shortcuts',
  /** The shown language, copied from the plan for index.html, which starts its words' download before the app runs. */
  language: 'ai-startup-workbook.language',
} as const;
