import { formatUrl, parseUrl } from '../../url/codec';

/** The frame's size in the snippet: enough for the map and its card; a host may change it. */
export const EMBED_SIZE = { width: 640, height: 480 } as const;

/** Text inside a double-quoted HTML attribute: no quote, tag or entity can break out of it. */
export const htmlAttribute = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A view's link with embed=1, written canonically by the URL codec (same origin and path). */
export function embedLink(viewLink: string): string {
  const url = new URL(viewLink);
  return `${url.origin}${url.pathname}${formatUrl({ ...parseUrl(url.search).state, embed: true })}`;
}

/**
 * The `<iframe>` a host pastes into its page: the view with embed=1, a title naming it (the
 * frame's accessible name), a size, and lazy loading so a frame below the fold costs nothing.
 * Shown as text, never rendered.
 */
export function embedSnippet(viewLink: string, title: string): string {
  const { width, height } = EMBED_SIZE;
  return `<iframe src="${htmlAttribute(embedLink(viewLink))}" title="${htmlAttribute(title)}" width="${width}" height="${height}" loading="lazy"></iframe>`;
}
