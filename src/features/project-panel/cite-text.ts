import { nameText, type Lang } from '../../catalog/format';
import { figureDate, formatAmount } from '../../i18n/format-figure';
import type { FigureValue, Project, Source } from '../../catalog/schema';
import { disagrees } from '../../catalog/selectors';
import { t } from '../../i18n/strings';
import { evidenceNotes, printedFor, printedText } from '../../ui/printed-evidence';
import { sourceLine } from '../../ui/share-cite-text';

/**
 * "Cite this": plain text a reader can paste into a note or a paper — the name, the investment
 * (every disagreeing value with its own source), each source's title, publisher, date and
 * address, and the atlas link. Plain text only: nothing here is ever rendered as markup.
 */
export function citeText(project: Project, sources: ReadonlyMap<string, Source>, link: string, lang: Lang): string {
  const name =
    project.name.zh && project.name.en !== project.name.zh
      ? `${nameText(project.name, lang)} (${lang === 'zh' ? project.name.en : project.name.zh})`
      : nameText(project.name, lang);
  const titleOf = (id: string) => sources.get(id)?.title ?? id;
  const lines = [`${name}.`];
  const investment = project.investment;
  if (investment) {
    // Each source with how it prints the amount: "GeneScience plan, printed as “23亿元”, paragraph 3".
    const cited = (v: FigureValue, id: string) => [titleOf(id), ...printedFor(id, [v]).map((p) => printedText(p, lang))].join(', ');
    const values = investment.values.map(
      (v) => `${formatAmount(v, lang)} (${figureDate(v, lang)}; ${v.sources.map((id) => cited(v, id)).join('; ')})`,
    );
    const conflict = disagrees(investment) ? ` — ${t('sourcesDisagree', lang)}` : '';
    lines.push(`${t('investment', lang)}: ${values.join('; ')}${conflict}.`);
    for (const note of evidenceNotes(investment.values, lang)) lines.push(`${note}.`);
  } else {
    lines.push(`${t('investment', lang)}: ${t('notReported', lang)}.`);
  }
  const ids = [...new Set([...project.sources, ...(investment?.values.flatMap((v) => v.sources) ?? [])])];
  lines.push(`${t('sources', lang)}:`);
  for (const id of ids) {
    const s = sources.get(id);
    if (s) lines.push(`- ${sourceLine(s, lang)}.`);
  }
  lines.push(`${t('title', lang)}: ${link}`);
  return lines.join('\n');
}
