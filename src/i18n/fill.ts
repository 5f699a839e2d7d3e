/**
 * Fills `{name}` placeholders; shared by every dictionary (the app's, the map's, the compare
 * view's). Free of the URL store, so pure modules and Node tests can use it.
 */
export const fill = (text: string, vars?: Record<string, string | number>): string =>
  vars ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m)) : text;
