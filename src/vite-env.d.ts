// Types for modules that Vite provides at build time.
/// <reference types="vite/client" />

declare module 'virtual:workbook-template/en' {
  const template: import('./workbook/model').Template;
  export default template;
}
declare module 'virtual:workbook-template/zh' {
  const template: import('./workbook/model').Template;
  export default template;
}
/** `en-titles`, `zh-titles`: the template without item details. */
declare module 'virtual:workbook-template/*-titles' {
  const titles: import('./workbook/model').TemplateTitles;
  export default titles;
}
/** `en-details`, `zh-details`: the item details alone. */
declare module 'virtual:workbook-template/*-details' {
  const details: import('./workbook/model').GuideDetails;
  export default details;
}
declare module 'virtual:workbook-template/shape' {
  const shape: import('./workbook/model').TemplateShape;
  export default shape;
}
