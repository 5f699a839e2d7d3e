import type { Lang } from '../catalog/format';
import type { Boundary, Location, Park, Project } from '../catalog/schema';
import type { Bilingual } from '../i18n/bilingual';

/**
 * Words for the catalog's controlled vocabularies that format.ts does not cover. Confidence
 * levels carry a sentence each, because "approximate" alone does not tell a reader what to trust.
 */
type Label = Bilingual;
type Explained = Label & { explain: Label };

export const label = (l: Label, lang: Lang) => l[lang];

export const PROJECT_KIND_LABEL: Record<Project['kind'], Label> = {
  'vaccine-plant': { en: 'Vaccine plant', zh: '疫苗工厂' },
  'antibody-plant': { en: 'Antibody plant', zh: '抗体工厂' },
  'drug-plant': { en: 'Drug plant', zh: '制药工厂' },
  'pharma-park': { en: 'Pharmaceutical park', zh: '医药产业园' },
  'industrial-park': { en: 'Industrial park', zh: '产业园' },
  'materials-plant': { en: 'Materials plant', zh: '材料工厂' },
  'medical-devices': { en: 'Medical devices', zh: '医疗器械' },
  'research-institute': { en: 'Research institute', zh: '研究机构' },
  infrastructure: { en: 'Infrastructure', zh: '基础设施' },
  restructuring: { en: 'Restructuring', zh: '重组' },
  'talent-programme': { en: 'Talent programme', zh: '人才计划' },
};

export const PARK_KIND_LABEL: Record<Park['kind'], Label> = {
  'pharma-park': { en: 'Pharmaceutical park', zh: '医药园区' },
  'development-zone': { en: 'Development zone', zh: '开发区' },
  'new-area': { en: 'New area', zh: '新区' },
  'reference-park': { en: 'Reference park', zh: '参照园区' },
};

export const INSTITUTION_KIND_LABEL: Record<Park['institutions'][number]['kind'], Label> = {
  company: { en: 'Companies', zh: '企业' },
  institute: { en: 'Research institutes', zh: '研究机构' },
  platform: { en: 'Platforms', zh: '平台' },
  finance: { en: 'Finance', zh: '金融' },
  'public-service': { en: 'Public services', zh: '公共服务' },
};

export const GEOMETRY_CONFIDENCE: Record<Boundary['confidence'], Explained> = {
  surveyed: {
    en: 'Surveyed',
    zh: '测绘边界',
    explain: {
      en: 'Follows an official or surveyed boundary.',
      zh: '依据官方或测绘边界绘制。',
    },
  },
  digitised: {
    en: 'Digitised',
    zh: '数字化',
    explain: {
      en: 'Traced by us from a published map: close to it, but not a surveyed boundary.',
      zh: '根据公开地图描绘：接近原图，但不是测绘边界。',
    },
  },
  approximate: {
    en: 'Approximate',
    zh: '近似',
    explain: {
      en: 'Not a surveyed boundary.',
      zh: '不是测绘边界。',
    },
  },
};

export const LOCATION_CONFIDENCE: Record<Location['confidence'], Explained> = {
  exact: {
    en: 'Exact',
    zh: '精确',
    explain: {
      en: 'The site is surveyed or geocoded from its address.',
      zh: '位置经测绘或按地址定位。',
    },
  },
  approximate: {
    en: 'Approximate',
    zh: '近似',
    explain: {
      en: 'Placed by us from a description; the real site may be some distance away.',
      zh: '根据描述放置，实际位置可能有偏差。',
    },
  },
  'site-unknown': {
    en: 'Site unknown',
    zh: '位置不详',
    explain: {
      en: 'The sources do not say where it is; the marker only shows its zone or park.',
      zh: '来源未说明具体位置；标记仅表示所属分区或园区。',
    },
  },
};
