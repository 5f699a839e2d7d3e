import type { FigureValue, Industry, Name, ProjectStatus } from './schema';

export type Lang = 'en' | 'zh';

const QUALIFIER: Record<NonNullable<FigureValue['qualifier']>, { en: string; zh: string }> = {
  'more-than': { en: 'more than', zh: '超过' },
  about: { en: 'about', zh: '约' },
  'at-least': { en: 'at least', zh: '至少' },
  'up-to': { en: 'up to', zh: '最多' },
  within: { en: 'within', zh: '以内' },
  nearly: { en: 'nearly', zh: '近' },
};

const MAGNITUDE = { thousand: [1e3, 'k'], million: [1e6, 'M'], billion: [1e9, 'bn'] } as const;

const number = (n: number, lang: Lang) =>
  new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: 3 }).format(n);

function money(value: number, symbol: string, magnitude: FigureValue['magnitude'], lang: Lang): string {
  // Chinese counts money in 万 (1e4) and 亿 (1e8), whatever magnitude the English source used.
  if (lang === 'zh') {
    if (value >= 1e8) return `${symbol}${number(value / 1e8, lang)}亿`;
    if (value >= 1e4) return `${symbol}${number(value / 1e4, lang)}万`;
    return `${symbol}${number(value, lang)}`;
  }
  if (!magnitude) return `${symbol}${number(value, lang)}`;
  const [div, suffix] = MAGNITUDE[magnitude];
  return `${symbol}${number(value / div, lang)} ${suffix}`;
}

const UNIT: Record<FigureValue['unit'], { en: string; zh: string }> = {
  km2: { en: 'km²', zh: '平方公里' },
  m2: { en: 'm²', zh: '平方米' },
  ha: { en: 'ha', zh: '公顷' },
  km: { en: 'km', zh: '公里' },
  mu: { en: 'mu', zh: '亩' },
  companies: { en: 'companies', zh: '家企业' },
  count: { en: '', zh: '' },
  percent: { en: '%', zh: '%' },
  'per-day': { en: 'a day', zh: '每天' },
  CNY: { en: '', zh: '' },
  USD: { en: '', zh: '' },
};

/** The value alone, as a reader would say it: "more than ¥100 bn", "5.4 km²", "50%". */
export function formatAmount(v: Pick<FigureValue, 'value' | 'unit' | 'qualifier' | 'magnitude'>, lang: Lang = 'en'): string {
  let core: string;
  if (v.unit === 'CNY') core = money(v.value, '¥', v.magnitude, lang);
  else if (v.unit === 'USD') core = money(v.value, 'US$', v.magnitude, lang);
  else if (v.unit === 'percent') core = `${number(v.value, lang)}%`;
  else {
    const unit = UNIT[v.unit][lang];
    core = unit ? `${number(v.value, lang)}${lang === 'zh' ? '' : ' '}${unit}` : number(v.value, lang);
  }
  return v.qualifier ? `${QUALIFIER[v.qualifier][lang]} ${core}` : core;
}

/** The year or date a value is true of; inferred dates are marked so nobody reads them as printed. */
export function formatAsOf(v: Pick<FigureValue, 'asOf' | 'asOfInferred'>, lang: Lang = 'en'): string {
  const inferred = v.asOfInferred ? (lang === 'zh' ? '（推断）' : ' (inferred)') : '';
  return `${v.asOf}${inferred}`;
}

/** The name in the reader's language first; the other in brackets where we have it. */
export function displayName(name: Name, lang: Lang = 'en'): { primary: string; secondary?: string } {
  if (lang === 'zh' && name.zh) return { primary: name.zh, secondary: name.en };
  return name.zh ? { primary: name.en, secondary: name.zh } : { primary: name.en };
}

/** The name in the reader's language, as text: links, buttons, titles, captions, CSV cells. */
export const nameText = (name: Name, lang: Lang): string => displayName(name, lang).primary;

export const INDUSTRY_LABEL: Record<Industry, { en: string; zh: string }> = {
  biopharma: { en: 'Biopharma', zh: '生物医药' },
  'traditional-chinese-medicine': { en: 'Traditional Chinese medicine', zh: '中医药' },
  'new-drug-development': { en: 'New drug development', zh: '新药研发' },
  vaccines: { en: 'Vaccines', zh: '疫苗' },
  antibodies: { en: 'Antibodies', zh: '抗体' },
  'biological-products': { en: 'Biological products', zh: '生物制品' },
  'gene-and-cell-therapy': { en: 'Gene and cell therapy', zh: '基因与细胞治疗' },
  'small-molecule-drugs': { en: 'Small-molecule drugs', zh: '小分子药物' },
  'chemical-drugs': { en: 'Chemical drugs', zh: '化学药' },
  'specialty-chemicals': { en: 'Specialty chemicals', zh: '专用化学品' },
  'new-materials': { en: 'New and synthetic materials', zh: '新材料' },
  'biomedical-materials': { en: 'Biomedical materials', zh: '生物医用材料' },
  'medical-devices': { en: 'Medical devices', zh: '医疗器械' },
  'biomedical-engineering': { en: 'Biomedical engineering', zh: '生物医学工程' },
  'pharmaceutical-logistics': { en: 'Pharmaceutical logistics', zh: '医药物流' },
  'clinical-research': { en: 'Clinical research', zh: '临床研究' },
  'inspection-and-testing': { en: 'Inspection and testing', zh: '检验检测' },
  'digital-health': { en: 'Digital health', zh: '数字健康' },
};

export const STATUS_LABEL: Record<ProjectStatus, { en: string; zh: string }> = {
  // First, so sorting by how far along puts a project whose stage no source gives before the rest.
  'stage-unknown': { en: 'Stage unknown', zh: '阶段不详' },
  announced: { en: 'Announced', zh: '已宣布' },
  signed: { en: 'Signed', zh: '已签约' },
  'construction-started': { en: 'Construction started', zh: '已开工' },
  'construction-restarted': { en: 'Construction restarted', zh: '已复工' },
  'civil-works-completed': { en: 'Civil works completed', zh: '主体完工' },
  'fit-out-and-commissioning': { en: 'Fit-out and commissioning', zh: '装修与设备调试' },
  operating: { en: 'Operating', zh: '已投产' },
};

/** Status order, for sorting by how far along a project is. */
export const STATUS_ORDER: readonly ProjectStatus[] = Object.keys(STATUS_LABEL) as ProjectStatus[];
