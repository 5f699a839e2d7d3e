import type { Lang } from '../catalog/format';
import { fill } from './fill';
import { useLang } from './strings';

type Vars = Record<string, string | number>;

/**
 * A feature's own words, kept beside it (so parallel work never edits one shared file), read the
 * one way: `text(key, lang, vars)` for pure code, `useText()` in components (the reader's language).
 * `{name}` placeholders are filled as text, never markup.
 */
export function dictionary<K extends string>(words: Record<K, { en: string; zh: string }>) {
  const text = (key: K, lang: Lang, vars?: Vars): string => fill(words[key][lang], vars);
  function useText() {
    const lang = useLang();
    return (key: K, vars?: Vars) => text(key, lang, vars);
  }
  return { text, useText };
}
