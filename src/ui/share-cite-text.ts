import { zoneKey, type Catalog } from '../catalog/catalog';
import type { Lang } from '../catalog/format';
import type { Source } from '../catalog/schema';
import { t } from '../i18n/strings';
import type { UrlState } from '../url/registry';
import { evidenceNotes, printedFor, printedText, type Evidence } from './printed-evidence';
import { safeHttpUrl, sourceDateText } from './source-details';
import { nameText } from '../catalog/format';

/** One source as a citation reads it: title, publisher, date, and its address (or the local copy). */
export function sourceLine(source: Source, lang: Lang): string {
  const url = safeHttpUrl(source.url);
  const where = url ?? (source.file ? `${t('localFile', lang)}: ${source.file}` : undefined);
  return [source.title, source.publisher, sourceDateText(source, lang), where].filter(Boolean).join(', ');
}

/** The name of what the address selects (project, zone or park), if the catalog has it. */
export function subjectName(catalog: Catalog, state: UrlState, lang: Lang): string | undefined {
  if (state.compare) return undefined; // compare cells name their park in `what`
  if (state.project) {
    const entry = catalog.projectById.get(state.project);
    return entry && nameText(entry.project.name, lang);
  }
  if (!state.park) return undefined;
  const park = catalog.parkById.get(state.park);
  if (!park) return undefined;
  const zone = state.zone ? catalog.zoneByKey.get(zoneKey(park.id, state.zone))?.zone : undefined;
  return zone ? `${nameText(zone.name, lang)}, ${nameText(park.name, lang)}` : nameText(park.name, lang);
}

type FigureCite = {
  subject?: string;
  what: string;
  sourceIds: readonly string[];
  sources: ReadonlyMap<string, Source>;
  link: string;
  lang: Lang;
  /** The cited values: each source's line ends with how it prints the figure ("printed as “23亿元”, paragraph 3"). */
  evidence?: readonly Evidence[];
};

/** "Title, publisher, date, address; printed as “23亿元”, paragraph 3". */
export function sourceLineWithPrinted(source: Source, evidence: readonly Evidence[], lang: Lang): string {
  const printed = printedFor(source.id, evidence).map((p) => printedText(p, lang));
  return [sourceLine(source, lang), ...printed].join('; ');
}

/**
 * A figure as plain text to paste into a note or a paper: whose figure, what it measures with its
 * value and as-of date ("Stated area: 18.4 km² (2022)"), the documents behind it and the atlas
 * link. Plain text only: nothing here is ever rendered as markup.
 */
export function figureCiteText({ subject, what, sourceIds, sources, link, lang, evidence = [] }: FigureCite): string {
  const lines = [`${subject ? `${subject} — ` : ''}${what}.`];
  const found = [...new Set(sourceIds)].flatMap((id) => sources.get(id) ?? []);
  if (found.length === 1) lines.push(`${t('source', lang)}: ${sourceLineWithPrinted(found[0]!, evidence, lang)}.`);
  else if (found.length > 1) {
    lines.push(`${t('sources', lang)}:`);
    for (const s of found) lines.push(`- ${sourceLineWithPrinted(s, evidence, lang)}.`);
  }
  for (const note of evidenceNotes(evidence, lang)) lines.push(`${note}.`);
  lines.push(`${t('title', lang)}: ${link}`);
  return lines.join('\n');
}
