// What the page says when start-up cannot download a part of the app (offline after an update, say).
import { detectLocale } from '../i18n/messages';

/** Shows index.html's message, which needs no catalogue: both languages, the browser's first. */
export function showStartFailure(root: HTMLElement): void {
  const template = document.getElementById('start-failure');
  if (!(template instanceof HTMLTemplateElement)) return;
  const message = template.content.cloneNode(true) as DocumentFragment;
  if (detectLocale(navigator.languages ?? [navigator.language]) === 'zh') {
    document.documentElement.lang = 'zh-CN';
    const chinese = message.querySelector('[lang="zh-CN"]');
    if (chinese) chinese.parentElement?.prepend(chinese);
  }
  for (const button of message.querySelectorAll('button')) button.addEventListener('click', () => window.location.reload());
  root.replaceChildren(message);
}
