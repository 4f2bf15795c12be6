// Whether single-key shortcuts (j, k, x, e, n, ?, /) are on: a setting of this browser in its own
// localStorage key, which the shortcut sheet turns off for people whom stray keys would trip (WCAG 2.1.4).
import { STORAGE_KEYS } from '../store/storage-keys';
import { storedSetting } from '../store/stored-setting';
import { isTextEntry } from './is-text-entry';

const setting = storedSetting(STORAGE_KEYS.singleKeyShortcuts);

/** On unless turned off; the default, on, needs no key, as on a first visit. */
export const singleKeyShortcutsOn = () => setting.read() !== 'off';
export const setSingleKeyShortcuts = (on: boolean) => setting.write(on ? null : 'off');
export const useSingleKeyShortcuts = () => setting.useValue() !== 'off';

/**
 * Whether a key press may be a shortcut rather than typing: not in a text field, and not part of an
 * input method's composition (pinyin, say; keyCode 229 where a browser leaves isComposing unset).
 */
export function isShortcutKey(event: KeyboardEvent): boolean {
  return !(event.isComposing || event.keyCode === 229) && !isTextEntry(event.target);
}

/** A single-key shortcut (a letter or "?"): only with the setting on and no Ctrl, Cmd or Alt held. */
export function isSingleKeyShortcut(event: KeyboardEvent): boolean {
  return !(event.ctrlKey || event.metaKey || event.altKey) && isShortcutKey(event) && singleKeyShortcutsOn();
}
