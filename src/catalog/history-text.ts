import { words, type Bilingual } from '../i18n/bilingual.ts';
import { nameText, STATUS_LABEL, type Lang } from './format.ts';
import { formatAmount } from '../i18n/format-figure.ts';
import { magnitudeFor } from '../i18n/format-money.ts';
import { formatWord } from '../i18n/format-words.ts';
import type { Change, ChangeKind, FactState, FigureValue, ProjectStatus } from './schema';

/**
 * A change record in words (issue 17), for the panels, the "What's new" view and the feeds alike,
 * so a reader sees one wording wherever the change appears. Values read as the panels print them.
 */
export const KIND_LABEL: Record<ChangeKind, Bilingual> = {
  added: { en: 'Added', zh: '新增' },
  removed: { en: 'Removed or moved', zh: '移除或迁移' },
  'status-step-added': { en: 'Status step added', zh: '新增进展' },
  'value-added': { en: 'Figure added', zh: '新增数据' },
  'value-revised': { en: 'Figure revised', zh: '数据修订' },
  'value-withdrawn': { en: 'Withdrawn', zh: '撤回' },
  'source-added': { en: 'Source added', zh: '新增来源' },
  'source-withdrawn': { en: 'Source withdrawn', zh: '撤回来源' },
  'boundary-redrawn': { en: 'Outline redrawn', zh: '边界重绘' },
};

const WORDS = {
  added: { en: '{name}: added to the atlas', zh: '{name}：收录' },
  removed: { en: '{name}: removed from the atlas', zh: '{name}：移除' },
  moved: { en: '{name}: now at {to} (old links lead there)', zh: '{name}：已迁至{to}（旧链接自动跳转）' },
  'status-step-added': { en: '{name}: {field} added, dated {to}', zh: '{name}：新增进展“{field}”，日期{to}' },
  'value-added': { en: '{name}: {field} added: {to}', zh: '{name}：新增{field}：{to}' },
  'value-revised': { en: '{name}: {field} revised from {from} to {to}', zh: '{name}：{field}由{from}修订为{to}' },
  'value-withdrawn': { en: '{name}: {field} withdrawn (was {from})', zh: '{name}：撤回{field}（原为{from}）' },
  'source-added': { en: '{name}: {field} ({to}): source added', zh: '{name}：{field}（{to}）新增来源' },
  'source-withdrawn': { en: '{name}: {field} ({to}): source withdrawn', zh: '{name}：{field}（{to}）撤回来源' },
  'boundary-redrawn': { en: '{name}: outline redrawn, area {from} → {to}', zh: '{name}：边界重绘，面积{from} → {to}' },
  sources: { en: 'Sources: {list}', zh: '来源：{list}' },
  status: { en: 'status “{status}”', zh: '{status}' },
} as const satisfies Record<string, Bilingual>;
const say = words(WORDS);

const FIELD = {
  area: { en: 'area', zh: '面积' },
  investment: { en: 'investment', zh: '投资额' },
  boundary: { en: 'outline', zh: '边界' },
} as const satisfies Record<string, Bilingual>;

/** `area#2` → "area (value 2)"; `output/biomedicine-output` → "biomedicine output"; `status/operating` → 'status “operating”'. */
export function fieldLabel(field: string, lang: Lang): string {
  const [base = field, n] = field.split(/[#~]/);
  const nth = n ? formatWord('nthValue', lang, { n }) : '';
  if (base.startsWith('status/')) {
    const status = base.slice(7) as ProjectStatus;
    return say('status', lang, { status: STATUS_LABEL[status]?.[lang] ?? status }) + nth;
  }
  if (base in FIELD) return FIELD[base as keyof typeof FIELD][lang] + nth;
  const parts = base.split('/');
  return (parts.at(-1) === 'count' || parts.at(-1) === 'investment' ? parts.slice(1).join(' ') : parts.at(-1)!).replace(/-/g, ' ') + nth;
}

/** "about ¥2.3 bn (2021)", "12.5 km²", or a status step's date. */
export function factText(state: FactState | undefined, lang: Lang): string {
  if (!state) return '';
  if (typeof state.value === 'string') return state.value;
  const unit = (state.unit ?? 'count') as FigureValue['unit'];
  const amount = formatAmount(
    {
      value: state.value,
      unit,
      qualifier: state.qualifier as FigureValue['qualifier'],
      magnitude: unit === 'CNY' || unit === 'USD' ? magnitudeFor(state.value) : undefined,
    },
    lang,
  );
  return state.asOf ? `${amount} (${state.asOf})` : amount;
}

export function changeTitle(c: Change, lang: Lang, targetName?: string): string {
  const vars = {
    name: nameText(c.name, lang),
    field: c.field ? fieldLabel(c.field, lang) : '',
    from: factText(c.from, lang),
    to: factText(c.to, lang),
  };
  if (c.kind === 'removed' && c.redirect) return say('moved', lang, { ...vars, to: targetName ?? c.redirect });
  return say(c.kind, lang, vars);
}

/** The sources of the value as it now stands (or as it stood, when withdrawn). */
export const changeSources = (c: Change): string[] => (c.to ?? c.from)?.sources ?? [];
export const sourcesText = (ids: readonly string[], lang: Lang) =>
  say('sources', lang, { list: ids.join(formatWord('listSemicolon', lang)) });

/** A zone as "Zone, Park", anything else by its name; the key itself when the name is not known. */
export function placeName(key: string, names: ReadonlyMap<string, string>): string {
  const zone = /^zone:([^/]+)\//.exec(key);
  const own = names.get(key) ?? key;
  return zone ? `${own}, ${names.get(`park:${zone[1]}`) ?? zone[1]}` : own;
}

/** The atlas's link to a change's entity, as a query string (the URL registry's canonical form). */
export function entityQuery(key: string): string {
  const [type, id = ''] = key.split(/:(.*)/s);
  if (type === 'project') return `?project=${id}`;
  if (type === 'zone') {
    const [park, zone] = id.split('/');
    return `?park=${park}&zone=${zone}`;
  }
  return `?park=${id}`;
}
