import { hash128 } from './history-diff.ts';
import { changeSources, changeTitle, entityQuery, placeName, sourcesText } from './history-text.ts';
import type { Change } from './schema';

/**
 * Atom (RFC 4287) feeds of change records (issue 17): one for the catalog, one per park. Ids are
 * urn:uuid's made from content (a change's id, a feed's name), so they never change between
 * builds; links are relative to the feed file (feeds/…), so the atlas works under any sub-path.
 */
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** 128 hex bits as an RFC 9562 UUID of version 8 (custom: our own hash), with the RFC variant bits. */
export function uuidOf(hex: string): string {
  const h = hex.padEnd(32, '0').slice(0, 32).split('');
  h[12] = '8';
  h[16] = '89ab'[Number.parseInt(h[16]!, 16) % 4]!;
  const s = h.join('');
  return `urn:uuid:${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

export type FeedOptions = {
  name: string;
  title: string;
  subtitle: string;
  changes: readonly Change[];
  updated: string;
  self: string;
  alternate: string;
  /** Entity key → English name (the latest release's), for where a moved entity now is. */
  names?: ReadonlyMap<string, string>;
};

/** `updated` of the feed: the newest release's date (a feed with no entries yet is as old as the catalog's last release). */
export function atomFeed({ name, title, subtitle, changes, updated, self, alternate, names = new Map() }: FeedOptions): string {
  const newest = [...changes].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  const entries = newest.map((c) => {
    const title = changeTitle(c, 'en', c.redirect ? placeName(c.redirect, names) : undefined);
    const sources = changeSources(c);
    const href = `../${entityQuery(c.redirect ?? c.entity)}`;
    return [
      '  <entry>',
      `    <id>${uuidOf(c.id)}</id>`,
      `    <title>${escape(title)}</title>`,
      `    <updated>${c.date}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escape(href)}"/>`,
      `    <category term="${c.kind}"/>`,
      `    <summary>${escape(`${title}. Release ${c.release}.${sources.length ? ` ${sourcesText(sources, 'en')}.` : ''}`)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${uuidOf(hash128(`pharma-parks-atlas feed ${name}`))}</id>`,
    `  <title>${escape(title)}</title>`,
    `  <subtitle>${escape(subtitle)}</subtitle>`,
    `  <updated>${updated}</updated>`,
    '  <author><name>Pharma Parks Atlas</name></author>',
    `  <link rel="self" type="application/atom+xml" href="${escape(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escape(alternate)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
