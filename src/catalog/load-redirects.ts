import './strict-zod';
import { z } from 'zod';
import { RedirectSchema, RedirectsFileSchema, type Redirect } from './schema';
import { jsonPath, type Problem } from './validate';

export type LoadedRedirects = { redirects: Redirect[]; problems: Problem[] };

const FILE = 'data/redirects.json';
// The file's outer shape; each entry is checked on its own so one bad entry does not void the rest.
const Envelope = RedirectsFileSchema.extend({ redirects: z.array(z.unknown()) });

const failed = (path: string, message: string): LoadedRedirects => ({ redirects: [], problems: [{ file: FILE, path, message }] });

/** Validates the text of data/redirects.json: good entries are kept, bad ones become Problems. */
export function parseRedirects(text: string): LoadedRedirects {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return failed('$', `not valid JSON: ${(error as Error).message}`);
  }
  const file = Envelope.safeParse(json);
  if (!file.success) return failed(jsonPath(file.error.issues[0]?.path ?? []), file.error.issues[0]?.message ?? 'invalid');
  const redirects: Redirect[] = [];
  const problems: Problem[] = [];
  file.data.redirects.forEach((entry, i) => {
    const result = RedirectSchema.safeParse(entry);
    if (result.success) redirects.push(result.data);
    else
      for (const issue of result.error.issues)
        problems.push({ file: FILE, path: jsonPath(['redirects', i, ...issue.path]), message: issue.message });
  });
  return { redirects, problems };
}

/**
 * Fetches the renamed-id table that keeps old links working. Never throws: a missing or broken
 * file is reported as a Problem (shown with the dataset notices) and links simply go unredirected.
 */
export async function loadRedirects(url: URL = new URL(FILE, document.baseURI)): Promise<LoadedRedirects> {
  try {
    const response = await fetch(url, { cache: 'no-cache' }); // as the catalog (fetch-queue.ts)
    if (!response.ok) return failed('$', `could not be loaded (HTTP ${response.status})`);
    return parseRedirects(await response.text());
  } catch (error) {
    return failed('$', `could not be loaded (${(error as Error).message})`);
  }
}
