// Types for modules that Vite provides at build time.
/// <reference types="vite/client" />

declare module 'virtual:workbook-templates' {
  const templates: Record<import('./workbook/model').Locale, import('./workbook/model').Template>;
  export default templates;
}
