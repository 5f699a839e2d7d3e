import type { Bilingual } from '../i18n/bilingual';
import type { Industry, Name, ProjectStatus } from './schema';

export type Lang = 'en' | 'zh';

/** The name in the reader's language first; the other in brackets where we have it. */
export function displayName(name: Name, lang: Lang = 'en'): { primary: string; secondary?: string } {
  if (lang === 'zh' && name.zh) return { primary: name.zh, secondary: name.en };
  return name.zh ? { primary: name.en, secondary: name.zh } : { primary: name.en };
}

/** The name in the reader's language, as text: links, buttons, titles, captions, CSV cells. */
export const nameText = (name: Name, lang: Lang): string => displayName(name, lang).primary;

export const INDUSTRY_LABEL: Record<Industry, Bilingual> = {
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

export const STATUS_LABEL: Record<ProjectStatus, Bilingual> = {
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
