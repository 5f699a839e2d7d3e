import type { Lang } from '../catalog/format';
import { words, type Bilingual, type Vars } from './bilingual';
import { useLang } from './strings';

/**
 * A feature's own words, kept beside it (so parallel work never edits one shared file), read the
 * one way: `text(key, lang, vars)` for pure code, `useText()` in components (the reader's language).
 * `{name}` placeholders are filled as text, never markup.
 */
export function dictionary<K extends string>(table: Record<K, Bilingual>) {
  const text = words(table);
  function useText() {
    const lang: Lang = useLang();
    return (key: K, vars?: Vars) => text(key, lang, vars);
  }
  return { text, useText };
}
