// The extended Playwright `test`: each test starts on clean storage with page objects ready, and the sync server when it asks.
import { test as base, expect } from '@playwright/test';
import { AreaPage } from './page-models/area-page';
import { SYNC_PORT_BASE, SyncServer } from './sync-server';

export const test = base.extend<{ areaPage: AreaPage }, { syncServer: SyncServer }>({
  areaPage: async ({ page }, use) => {
    await use(new AreaPage(page));
  },
  // Started only by the tests that ask for it, once per worker, and stopped when the worker ends.
  syncServer: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads which fixtures a fixture needs from this pattern.
    async ({}, use, workerInfo) => {
      const server = new SyncServer(SYNC_PORT_BASE + workerInfo.parallelIndex);
      await server.start();
      await use(server);
      await server.dispose();
    },
    { scope: 'worker' },
  ],
});

export { expect };

/** Every area id in guide order, with its English and Chinese section titles. */
export const AREAS = [
  { id: 'challenges', en: 'The main challenges of an AI large-model startup', zh: 'AI大模型创业的主要挑战' },
  { id: 'direction', en: 'How a founder chooses a business direction', zh: '创业者如何选择业务方向' },
  { id: 'team', en: 'How to build an AI large-model technical team', zh: '如何构建AI大模型技术团队' },
  { id: 'funding', en: 'Financial planning for an AI large-model startup', zh: 'AI大模型创业的资金规划' },
  { id: 'risk', en: 'How to manage the risks of an AI large-model project', zh: '如何进行AI大模型项目风险管理' },
  { id: 'marketing', en: 'Marketing strategy for an AI large-model startup', zh: 'AI大模型创业的营销策略' },
  { id: 'legal', en: 'How to handle the legal questions of an AI large-model project', zh: '如何处理AI大模型项目的法律问题' },
  { id: 'international', en: 'Internationalization strategy for an AI large-model startup', zh: 'AI大模型创业的国际化策略' },
  { id: 'talent', en: 'How to attract and keep AI large-model talent', zh: '如何吸引和留住AI大模型人才' },
  { id: 'execution', en: 'How to improve execution on an AI large-model project', zh: '如何提高AI大模型项目的执行力' },
] as const;
