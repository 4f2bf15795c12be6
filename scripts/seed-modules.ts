// A Vite plugin: the guide parsed from seeds/ at build time into the app's template and guidance modules.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { assertSameShape, type ParsedGuide, parseGuide, toTemplate } from '../src/workbook/guide-parser.ts';
import { assertSameGuidance, type Guidance, toGuidance } from '../src/workbook/guidance.ts';
import { AREA_IDS, type AreaId, type Template, type TemplateShape } from '../src/workbook/model.ts';

const SEEDS = {
  zh: fileURLToPath(new URL('../seeds/guide.zh.md', import.meta.url)),
  en: fileURLToPath(new URL('../seeds/guide.en.md', import.meta.url)),
};

/**
 * Parses both guides when the bundle is built, so a malformed seed stops the build with the file
 * and line at fault, and the browser receives ready JSON instead of a Markdown parser. Each
 * language's template (titles and details) is a module of its own, `virtual:workbook-template/zh`
 * or `/en`, which start-up and a language switch import() for the language shown; the guide's shape
 * (how many items each area has, the same in both languages) is `virtual:workbook-template/shape`,
 * small enough for the entry, for code that seeds, checks or encodes a plan whatever its language.
 * Each language's guidance (criteria, first steps, sources) is a module of its own,
 * `virtual:workbook-guidance/zh` or `/en`, for a screen to import() when it shows guidance.
 */
/** The guide's items per area as arrays of zeros: a TemplateShape that carries no text of either language. */
function shapeOf(template: Template): TemplateShape {
  const areas = {} as Record<AreaId, { items: number[] }>;
  for (const areaId of AREA_IDS) areas[areaId] = { items: template.areas[areaId].items.map(() => 0) };
  return { areas };
}

export function workbookTemplates(): Plugin {
  const templatePrefix = 'virtual:workbook-template/';
  const guidancePrefix = 'virtual:workbook-guidance/';
  let building = false;
  const parse = (locale: keyof typeof SEEDS) => {
    const source = `seeds/guide.${locale}.md`;
    const guide: ParsedGuide = parseGuide(readFileSync(SEEDS[locale], 'utf8'), source);
    const template = toTemplate(guide, source);
    const titles = guide.sections.map((section) => section.items.map((item) => item.title));
    return { guide, template, guidance: toGuidance(guide.guidance, titles, source) };
  };
  // Parsed once for all four modules, again only when a seed changes.
  let parsed: { zh: { template: Template; guidance: Guidance }; en: { template: Template; guidance: Guidance } } | null = null;
  const seeds = () => {
    if (!parsed) {
      const zh = parse('zh');
      const en = parse('en');
      assertSameShape(zh.template, en.template, 'seeds/guide.en.md');
      assertSameGuidance(zh.guide.guidance, en.guide.guidance, 'seeds/guide.en.md');
      parsed = { zh, en };
    }
    return parsed;
  };
  return {
    name: 'workbook-templates',
    configResolved(config) {
      building = config.command === 'build' && !config.build.ssr;
    },
    buildStart() {
      // Checked here, not only when a module is loaded: until a screen imports the guidance, no
      // module asks for it, and malformed guidance must still stop the build.
      seeds();
      // Until a screen imports them, the guidance chunks are emitted by name so that the build
      // has them (and the byte report lists them); a later import() reuses the same chunk.
      if (building && !this.meta.watchMode) {
        for (const locale of ['zh', 'en'] as const) {
          this.emitFile({
            type: 'chunk',
            id: `${guidancePrefix}${locale}`,
            name: `guidance.${locale}`,
            preserveSignature: 'strict',
          });
          // The templates are import()ed by src/i18n/templates.ts; emitted too only to name their files.
          this.emitFile({
            type: 'chunk',
            id: `${templatePrefix}${locale}`,
            name: `template.${locale}`,
            preserveSignature: 'strict',
          });
        }
      }
    },
    resolveId: (id) => (id.startsWith(templatePrefix) || id.startsWith(guidancePrefix) ? `\0${id}` : undefined),
    watchChange(id) {
      if (Object.values(SEEDS).includes(id)) parsed = null;
    },
    load(id) {
      const prefix = [templatePrefix, guidancePrefix].find((p) => id.startsWith(`\0${p}`));
      if (!prefix) return undefined;
      this.addWatchFile(SEEDS.zh);
      this.addWatchFile(SEEDS.en);
      const which = id.slice(prefix.length + 1);
      if (prefix === templatePrefix && which === 'shape')
        return `export default ${JSON.stringify(shapeOf(seeds().zh.template))};`;
      if (which !== 'zh' && which !== 'en') throw new Error(`unknown seed module ${id.slice(1)}`);
      const data = prefix === templatePrefix ? seeds()[which].template : seeds()[which].guidance;
      return `export default ${JSON.stringify(data)};`;
    },
  };
}
