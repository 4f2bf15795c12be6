// Tells screen readers which screen a link opened. A page load is announced by the browser, but a
// route change in this app only swaps the main column, which a screen reader would not mention.
// Every screen names the tab as it opens (ui/use-document-title.ts), so the new tab title is read
// out: the area, the dashboard or the search results, in the language shown. Only a title set
// after the address's path changed: the first screen's title is part of the page load, and a
// language switch renames the tab of the same screen. main.tsx imports it before the first render,
// so the path it starts from is the one the page loaded.
const region = document.createElement('p');
region.className = 'visually-hidden';
region.setAttribute('aria-live', 'polite');
region.setAttribute('aria-atomic', 'true');
document.body.append(region);

let announcedAt = location.pathname;
new MutationObserver(() => {
  if (location.pathname === announcedAt) return;
  announcedAt = location.pathname;
  const name = document.title;
  // After the frame that shows the screen: the words can wait a moment, the screen cannot.
  window.setTimeout(() => {
    region.textContent = name;
  });
  // The title element only (index.html has one): the links that fetch a screen's code also go into
  // the head, before that screen can set its title.
}).observe(document.querySelector('title') as HTMLTitleElement, { subtree: true, childList: true, characterData: true });

export {};
