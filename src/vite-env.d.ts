// Types for modules that Vite provides at build time.
/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/vanillajs" />

declare module 'virtual:workbook-template/en' {
  const template: import('./workbook/model').Template;
  export default template;
}
declare module 'virtual:workbook-template/zh' {
  const template: import('./workbook/model').Template;
  export default template;
}
declare module 'virtual:workbook-template/shape' {
  const shape: import('./workbook/model').TemplateShape;
  export default shape;
}
declare module 'virtual:workbook-guidance/en' {
  const guidance: import('./workbook/guidance').Guidance;
  export default guidance;
}
declare module 'virtual:workbook-guidance/zh' {
  const guidance: import('./workbook/guidance').Guidance;
  export default guidance;
}

interface ImportMetaEnv {
  /** The sync server the Share dialog suggests, set at build time. */
  readonly VITE_SYNC_URL?: string;
}
