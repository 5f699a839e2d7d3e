import { MAX_PARAM_LENGTH, PARAM_NAMES, registry, type ParamName, type UrlState } from './registry';

/** A parameter that was dropped, with why, so the atlas can say so visibly. */
export type UrlProblem = { param: string; value: string; message: string };

const shown = (value: string) => (value.length > 60 ? `${value.slice(0, 57)}…` : value);

/** Reads a query string into state. Never throws: what cannot be read is dropped and reported. */
export function parseUrl(search: string): { state: UrlState; problems: UrlProblem[] } {
  const state: Record<string, unknown> = {};
  const problems: UrlProblem[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state, problems: [{ param: '?', value: shown(String(search)), message: 'the link could not be read' }] };
  }
  for (const [name, value] of params) {
    if (!(PARAM_NAMES as string[]).includes(name)) {
      problems.push({ param: name, value: shown(value), message: `unknown parameter "${shown(name)}"` });
      continue;
    }
    if (name in state) continue;
    if (value.length > MAX_PARAM_LENGTH) {
      problems.push({ param: name, value: shown(value), message: `"${name}" is longer than ${MAX_PARAM_LENGTH} characters` });
      continue;
    }
    const result = registry[name as ParamName].parse.safeParse(value);
    if (result.success) state[name] = result.data;
    else problems.push({ param: name, value: shown(value), message: `"${name}" ${result.error.issues[0]?.message ?? 'is malformed'}` });
  }
  return { state: state as UrlState, problems };
}

/** The shortest canonical query string for a state ('' when there is nothing to say). */
export function formatUrl(state: UrlState): string {
  const params = new URLSearchParams();
  for (const name of PARAM_NAMES) {
    const value = state[name];
    if (value === undefined) continue;
    const text = (registry[name].format as (v: unknown) => string | undefined)(value);
    if (text !== undefined && text !== '') params.set(name, text);
  }
  const query = params.toString().replace(/%2C/g, ',').replace(/%2F/g, '/').replace(/%3A/g, ':');
  return query ? `?${query}` : '';
}
