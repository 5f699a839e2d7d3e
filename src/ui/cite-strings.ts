import { dictionary } from '../i18n/dictionary';

/**
 * The citation menu's words (issue 16), kept apart from src/i18n/strings.ts so parallel work on
 * the shared file never clashes. `{name}` placeholders are filled as text, never markup.
 */
const STRINGS = {
  citeFormats: { en: 'Cite as RIS, BibTeX or CSL-JSON', zh: '以 RIS、BibTeX 或 CSL-JSON 格式引用' },
  citeFormat: { en: 'Format', zh: '格式' },
  formatRis: { en: 'RIS (EndNote, Zotero, Mendeley)', zh: 'RIS（EndNote、Zotero、Mendeley）' },
  formatBibtex: { en: 'BibTeX (LaTeX, pandoc)', zh: 'BibTeX（LaTeX、pandoc）' },
  formatCslJson: { en: 'CSL-JSON (pandoc, Zotero)', zh: 'CSL-JSON（pandoc、Zotero）' },
  copyFormat: { en: 'Copy {format}', zh: '复制 {format}' },
  downloadFormat: { en: 'Download {format}', zh: '下载 {format}' },
  formatCopied: { en: '{format} copied', zh: '已复制 {format}' },
  formatSaved: { en: '{format} file saved', zh: '已保存 {format} 文件' },
  formatFailed: { en: 'The citation could not be made: {error}', zh: '无法生成引用：{error}' },
} as const;

export type CiteKey = keyof typeof STRINGS;

export const { text: citeT, useText: useCiteT } = dictionary(STRINGS);
