import { IdSchema } from '../catalog/schema';
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
  const seen = new Set<string>();
  for (const [name, value] of params) {
    if (!(PARAM_NAMES as string[]).includes(name)) {
      problems.push({ param: name, value: shown(value), message: `unknown parameter "${shown(name)}"` });
      continue;
    }
    if (seen.has(name)) {
      const first = params.get(name) ?? '';
      if (value !== first)
        problems.push({
          param: name,
          value: shown(value),
          message: `"${name}" is given more than once: the first, “${shown(first)}”, applies`,
        });
      continue;
    }
    seen.add(name);
    if (value.length > MAX_PARAM_LENGTH) {
      problems.push({ param: name, value: shown(value), message: `"${name}" is longer than ${MAX_PARAM_LENGTH} characters` });
      continue;
    }
    const input = name === 'compare' ? validCompareIds(value, problems) : value;
    const result = registry[name as ParamName].parse.safeParse(input);
    if (result.success) state[name] = result.data;
    else problems.push({ param: name, value: shown(value), message: plainMessage(name as ParamName, value, result.error.issues[0]) });
  }
  problems.push(...conflicts(state));
  return { state: state as UrlState, problems };
}

// Hosting issue: readers get plain words, never zod's ("Invalid option: expected one of …").
// zod's own messages ("Invalid option: …", "Too small: …"); a codec's own words pass through.
const ZOD_WORDING = /^(Invalid|Too (small|big)|Expected|Unrecognized)/;
const ID_RULE = 'ids are lower-case letters, digits and single hyphens (kebab-case)';
function plainMessage(name: ParamName, value: string, issue: { code: string; message: string } | undefined): string {
  if (name === 'lang') return `"lang" must be "en" (English) or "zh" (Chinese), not “${shown(value)}”`;
  if (name === 'park' || name === 'zone' || name === 'project') return `"${name}" “${shown(value)}” is not a valid id: ${ID_RULE}`;
  return `"${name}" ${issue && (issue.code === 'custom' || !ZOD_WORDING.test(issue.message)) ? issue.message : 'is malformed'}`;
}

/** A compare list keeps its well-formed ids; each malformed one is named, not the whole comparison dropped. */
function validCompareIds(value: string, problems: UrlProblem[]): string {
  const ids = value.split(',').filter(Boolean);
  const bad = new Set(ids.filter((id) => !IdSchema.safeParse(id).success));
  for (const id of bad)
    problems.push({
      param: 'compare',
      value: shown(id),
      message: `"compare": “${shown(id)}” is not a park id (${ID_RULE}); it is left out`,
    });
  return bad.size ? ids.filter((id) => !bad.has(id)).join(',') : value;
}

/**
 * Parameters that each pick a view: the atlas shows one (the comparison over a selection, a
 * project over a park or zone), drops the others from the link, and says which applied.
 */
function conflicts(state: Record<string, unknown>): UrlProblem[] {
  const winner = state.compare ? 'compare' : state.project !== undefined ? 'project' : undefined;
  if (!winner) return [];
  const what = winner === 'compare' ? 'the comparison' : 'the project';
  return (['project', 'park', 'zone'] as const)
    .filter((name) => name !== winner && state[name] !== undefined)
    .map((name) => {
      const value = String(state[name]);
      delete state[name];
      return { param: name, value: shown(value), message: `"${winner}" and "${name}" are both given: ${what} applies` };
    });
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
