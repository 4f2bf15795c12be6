import { afterEach, describe, expect, it, vi } from 'vitest';
import { AREA_IDS } from '../workbook/model';
import { TEMPLATE_SHAPE } from '../workbook/template-shape';
import { TEMPLATES } from '../workbook/test-templates';

// A fresh copy of the loaders for each test: what one test downloaded must not be there for the next.
const fresh = async () => {
  vi.resetModules();
  return { templates: await import('./templates'), messages: await import('./messages') };
};

afterEach(() => {
  vi.doUnmock('virtual:workbook-template/en');
});

describe('the guide loader', () => {
  it('has no guide until one is loaded, then the language asked for and only that one', async () => {
    const { templates } = await fresh();
    expect(() => templates.templateFor('zh')).toThrow('before it was loaded');
    const zh = await templates.loadTemplate('zh');
    expect(zh).toEqual(TEMPLATES.zh);
    expect(templates.templateFor('zh')).toBe(zh);
    expect(() => templates.allTemplates()).toThrow('the en guide was read before it was loaded');
  });

  it('loads a language’s words and guide together, as start-up and a switch wait for', async () => {
    const { templates, messages } = await fresh();
    await templates.loadLanguage('en');
    expect(templates.templateFor('en')).toEqual(TEMPLATES.en);
    expect(messages.messagesFor('en').appName).toBeTruthy();
  });

  it('gives both guides for search and the palette once both are loaded', async () => {
    const { templates } = await fresh();
    await templates.loadTemplate('zh');
    const all = await templates.loadAllTemplates();
    expect(all).toEqual(TEMPLATES);
    expect(templates.allTemplates()).toEqual(TEMPLATES);
  });

  it('fails the language, and can ask again, when its guide cannot be downloaded', async () => {
    vi.doMock('virtual:workbook-template/en', () => {
      throw new Error('offline');
    });
    const { templates } = await fresh();
    await expect(templates.loadLanguage('en')).rejects.toThrow();
    expect(() => templates.allTemplates()).toThrow();
    vi.doUnmock('virtual:workbook-template/en');
    vi.resetModules();
    await expect(templates.loadTemplate('en')).resolves.toEqual(TEMPLATES.en);
  });
});

describe('the guide’s shape', () => {
  it('has as many items per area as each language’s guide, and none of their text', () => {
    for (const template of Object.values(TEMPLATES)) {
      for (const areaId of AREA_IDS) {
        expect(TEMPLATE_SHAPE.areas[areaId].items).toHaveLength(template.areas[areaId].items.length);
      }
    }
    const text = JSON.stringify(TEMPLATE_SHAPE);
    expect(text).not.toContain(TEMPLATES.en.areas.team.title);
    expect(text).not.toContain(TEMPLATES.zh.areas.team.title);
  });
});
