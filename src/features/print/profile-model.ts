import { figureAt, stepAt } from '../../catalog/as-of';
import { displayName, INDUSTRY_LABEL, STATUS_LABEL, type Lang } from '../../catalog/format';
import { formatAmount } from '../../i18n/format-figure';
import type { Figure, FigureValue, Park, Printed, Source } from '../../catalog/schema';
import { disagrees, readsAsOne } from '../../catalog/selectors';
import { t } from '../../i18n/strings';
import { formatPartialDate } from '../../i18n/format-date';
import { label, PARK_KIND_LABEL } from '../../ui/labels';
import { safeHttpUrl, sourceDateText } from '../../ui/source-details';

/** One value as paper carries it: the amount, its date, what it measures, how each source prints it, and source numbers. */
export type ProfileValue = { amount: string; date: string; scope: string; notes: string[]; printed: string[]; refs: number[] };
export type ProfileFigure = { label: string; relation?: string; values: ProfileValue[] };
export type ProfileZone = { name: string; other?: string; role?: string; area?: ProfileFigure; industries: string[]; refs: number[] };
export type ProfileProject = { name: string; other?: string; status: string; zone?: string; investment?: ProfileFigure; refs: number[] };
export type ParkProfile = {
  id: string;
  name: string;
  other?: string;
  kind: string;
  summary: string;
  industries: string[];
  figures: ProfileFigure[];
  zones: ProfileZone[];
  projects: ProfileProject[];
};
export type ProfileSource = { n: number; title: string; publisher: string; date: string; url?: string; missing?: string };
export type ProfileDoc = { parks: ParkProfile[]; sources: ProfileSource[]; link: string; printedOn: string; asOf?: string };

export type ProfileOptions = { lang: Lang; asOf?: string; link: string; today: string };

const FLAG = { 'ambiguous-as-printed': 'flagAmbiguous', target: 'flagTarget', estimate: 'flagEstimate' } as const;
const COVERAGE = { 'wider-area': 'coverageWider', part: 'coveragePart', uncertain: 'coverageUncertain' } as const;
const RELATION = { 'different-measures': 'relationMeasures', parts: 'relationParts', conversion: 'relationConversion' } as const;

/**
 * The printed park profile as plain data (what profile-view.tsx lays out): every source is
 * numbered once, in the order the profile first cites it, and every value points at its numbers.
 * Read as of the link's date when it has one, as the screen shows it.
 */
export function buildProfile(
  parks: readonly Park[],
  sources: ReadonlyMap<string, Source>,
  { lang, asOf, link, today }: ProfileOptions,
): ProfileDoc {
  const numbers = new Map<string, number>();
  const ref = (id: string) => numbers.get(id) ?? (numbers.set(id, numbers.size + 1), numbers.size);
  const refs = (ids: readonly string[]) => [...new Set(ids.map(ref))];

  const printedForm = (p: Printed) => `${t('printedAs', lang)} “${p.as}”, ${p.at} [${ref(p.source)}]`;
  const value = (v: FigureValue): ProfileValue => ({
    amount: formatAmount(v, lang),
    date: v.asOfInferred ? `${formatPartialDate(v.asOf, lang)}, ${t('inferred', lang)}` : formatPartialDate(v.asOf, lang),
    scope: v.scope,
    notes: [
      ...(v.flag ? [t(FLAG[v.flag], lang)] : []),
      ...(v.coverage && v.coverage !== 'whole' ? [t(COVERAGE[v.coverage], lang)] : []),
      ...(v.computed ? [t('computedAs', lang, { formula: v.computed.formula })] : []),
      ...(v.unverified ? [t('notVerified', lang, { reason: v.unverified.reason })] : []),
    ],
    refs: refs(v.sources),
    printed: (v.printed ?? []).map(printedForm),
  });
  const figure = (name: string, whole: Figure | undefined): ProfileFigure | undefined => {
    const f = figureAt(whole, asOf);
    if (!f?.values.length) return undefined;
    if (readsAsOne(f)) {
      // Agreeing values read once, carrying every source and every printed form.
      const [first] = f.values;
      const merged = value(first!);
      for (const v of f.values.slice(1)) {
        merged.refs = [...new Set([...merged.refs, ...refs(v.sources)])];
        merged.printed.push(...(v.printed ?? []).map(printedForm));
      }
      return { label: name, values: [merged] };
    }
    const relation = disagrees(f)
      ? t('sourcesDisagree', lang)
      : t(f.relation && f.relation !== 'disagree' ? RELATION[f.relation] : 'relationScopes', lang);
    return { label: name, relation, values: f.values.map(value) };
  };
  const names = (n: Park['name']) => displayName(n, lang);
  const industries = (list: readonly (keyof typeof INDUSTRY_LABEL)[]) => list.map((i) => INDUSTRY_LABEL[i][lang]);

  const profiles = parks.map((park): ParkProfile => {
    const area = figure(t('statedArea', lang), park.area);
    const figures = [
      area ?? { label: t('statedArea', lang), values: [] },
      ...park.keyFigures.flatMap((k) => figure(names(k.label).primary, k.figure) ?? []),
    ];
    const zones = park.zones.map((z): ProfileZone => ({
      name: names(z.name).primary,
      other: names(z.name).secondary,
      role: z.role,
      area: figure(t('statedArea', lang), z.area),
      industries: industries(z.focusIndustries),
      refs: refs(z.sources),
    }));
    const projects = park.projects.flatMap((p): ProfileProject[] => {
      const step = stepAt(p, asOf);
      if (!step) return [];
      const zone = p.zoneId ? park.zones.find((z) => z.id === p.zoneId) : undefined;
      return [
        {
          name: names(p.name).primary,
          other: names(p.name).secondary,
          status: `${STATUS_LABEL[step.status][lang]} (${formatPartialDate(step.date, lang)})`,
          zone: zone && names(zone.name).primary,
          investment: figure(t('investment', lang), p.investment),
          refs: refs(p.sources),
        },
      ];
    });
    refs(park.sources);
    return {
      id: park.id,
      name: names(park.name).primary,
      other: names(park.name).secondary,
      kind: `${label(PARK_KIND_LABEL[park.kind], lang)} · ${names(park.region).primary}`,
      summary: park.summary,
      industries: industries(park.focusIndustries),
      figures,
      zones,
      projects,
    };
  });

  const list = [...numbers].map(([id, n]): ProfileSource => {
    const s = sources.get(id);
    if (!s) return { n, title: id, publisher: '', date: '', missing: t('unknownSource', lang, { id }) };
    return { n, title: s.title, publisher: s.publisher, date: sourceDateText(s, lang), url: safeHttpUrl(s.url) };
  });
  return { parks: profiles, sources: list, link, printedOn: formatPartialDate(today, lang), asOf: asOf && formatPartialDate(asOf, lang) };
}
