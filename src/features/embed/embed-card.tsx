import type { Catalog } from '../../catalog/catalog';
import { figureAt, stepAt } from '../../catalog/as-of';
import { nameText, STATUS_LABEL, type Lang } from '../../catalog/format';
import { formatAmount } from '../../i18n/format-figure';
import { indexedProjectName } from '../../catalog/park-index';
import type { Figure, Name } from '../../catalog/schema';
import { disagrees } from '../../catalog/selectors';
import { t } from '../../i18n/strings';
import { formatPartialDate } from '../../i18n/format-date';
import { label, PARK_KIND_LABEL } from '../../ui/labels';
import type { UrlState } from '../../url/registry';

type Card = { heading: string; lines: string[] };

const name = (n: Name, lang: Lang) => nameText(n, lang);
/** Every value the figure holds, each with its date: disagreeing sources are never reduced to one. */
const amount = (whole: Figure | undefined, asOf: string | undefined, lang: Lang) => {
  const figure = figureAt(whole, asOf);
  if (!figure?.values.length) return t('notReported', lang);
  const values = figure.values.map(
    (v) => `${formatAmount(v, lang)} (${formatPartialDate(v.asOf, lang)}${v.asOfInferred ? `, ${t('inferred', lang)}` : ''})`,
  );
  return figure.values.length > 1 && disagrees(figure) ? `${t('sourcesDisagree', lang)}: ${values.join('; ')}` : values.join('; ');
};

/** What the card says: the index's name at once, the park file's details once it has arrived. */
function cardOf(catalog: Catalog | null, state: UrlState, lang: Lang): Card {
  const asOf = state.asof;
  if (state.compare) {
    const names = state.compare.map((id) => {
      const s = catalog?.index.byId.get(id);
      return s ? name(s.name, lang) : id;
    });
    return { heading: names.join(' · '), lines: [] };
  }
  if (state.project) {
    const indexed = catalog && indexedProjectName(catalog.index, state.project);
    if (catalog && !indexed) return { heading: t('notFoundProject', lang, { id: state.project }), lines: [] };
    const entry = catalog?.projectById.get(state.project);
    if (!entry) return { heading: indexed ? name(indexed, lang) : state.project, lines: [] };
    const step = stepAt(entry.project, asOf);
    return {
      heading: name(entry.project.name, lang),
      lines: [
        `${t('kindProject', lang)} · ${name(entry.park.name, lang)}${entry.zone ? ` · ${name(entry.zone.name, lang)}` : ''}`,
        ...(step ? [`${t('status', lang)}: ${STATUS_LABEL[step.status][lang]} (${formatPartialDate(step.date, lang)})`] : []),
        `${t('investment', lang)}: ${amount(entry.project.investment, asOf, lang)}`,
      ],
    };
  }
  if (state.park) {
    const summary = catalog?.index.byId.get(state.park);
    if (catalog && !summary) return { heading: t('notFoundPark', lang, { id: state.park }), lines: [] };
    const park = catalog?.parkById.get(state.park);
    const zone = state.zone ? park?.zones.find((z) => z.id === state.zone) : undefined;
    if (!park) return { heading: summary ? name(summary.name, lang) : state.park, lines: [] };
    if (zone)
      return {
        heading: name(zone.name, lang),
        lines: [`${t('kindZone', lang)} · ${name(park.name, lang)}`, `${t('statedArea', lang)}: ${amount(zone.area, asOf, lang)}`],
      };
    return {
      heading: name(park.name, lang),
      lines: [
        `${label(PARK_KIND_LABEL[park.kind], lang)} · ${name(park.region, lang)}`,
        `${t('statedArea', lang)}: ${amount(park.area, asOf, lang)}`,
      ],
    };
  }
  return { heading: t('title', lang), lines: [t('embedHint', lang)] };
}

/** The embedded view's short card: what the link selects, in a few plain lines. */
export function EmbedCard({ catalog, state, lang }: { catalog: Catalog | null; state: UrlState; lang: Lang }) {
  const card = cardOf(catalog, state, lang);
  return (
    <>
      <h1 id="embed-card-heading" className="embed-heading">
        {card.heading}
      </h1>
      {card.lines.map((line, i) => (
        <p key={i} className="embed-line">
          {line}
        </p>
      ))}
    </>
  );
}
