import type { Lang } from '../catalog/format';
import type { FigureValue, Printed } from '../catalog/schema';
import { t, useT } from '../i18n/strings';
import './evidence.css';

/** What a cited value says about its evidence: printed forms per source, or computed, or not verified. */
export type Evidence = Partial<Pick<FigureValue, 'printed' | 'computed' | 'unverified'>>;

/** `lang` for a printed form that does not give one: kana is Japanese, Han is Chinese, else English. */
export function printedLang(p: Printed): string {
  if (p.lang) return p.lang;
  if (/[\u3040-\u30ff]/.test(p.as)) return 'ja';
  return /[\u3400-\u9fff]/.test(p.as) ? 'zh' : 'en';
}

/** One source's printed forms among the evidence, each once. */
export function printedFor(sourceId: string, evidence: readonly Evidence[]): Printed[] {
  const seen = new Set<string>();
  return evidence
    .flatMap((e) => e.printed ?? [])
    .filter((p) => {
      const key = `${p.source}|${p.as}|${p.at}`;
      if (p.source !== sourceId || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** "printed as “超过1500家”, paragraph 4" as plain text, for citations. */
export const printedText = (p: Printed, lang: Lang) => `${t('printedAs', lang)} “${p.as}”, ${p.at}`;

/** Plain-text lines for what is computed or not verified, for citations. */
export function evidenceNotes(evidence: readonly Evidence[], lang: Lang): string[] {
  return evidence.flatMap((e) => [
    ...(e.computed
      ? [`${t('computedAs', lang, { formula: e.computed.formula })} (${t('computedInputs', lang)}: ${e.computed.inputs.join('; ')})`]
      : []),
    ...(e.unverified ? [t('notVerified', lang, { reason: e.unverified.reason })] : []),
  ]);
}

/** Under a source in a citation: how that document prints the figure, and where. */
export function PrintedForms({ sourceId, evidence }: { sourceId: string; evidence: readonly Evidence[] }) {
  const t = useT();
  const forms = printedFor(sourceId, evidence);
  if (!forms.length) return null;
  return (
    <>
      {forms.map((p, i) => (
        <span key={i} className="source-printed">
          {t('printedAs')} <q lang={printedLang(p)}>{p.as}</q>, {p.at}
        </span>
      ))}
    </>
  );
}

/** After the sources: a value we computed (formula and inputs), or one whose printed form is not verified. */
export function EvidenceNotes({ evidence }: { evidence: readonly Evidence[] }) {
  const t = useT();
  const computed = evidence.flatMap((e) => (e.computed ? [e.computed] : []));
  const unverified = evidence.flatMap((e) => (e.unverified ? [e.unverified] : []));
  if (!computed.length && !unverified.length) return null;
  return (
    <span className="evidence-notes">
      {computed.map((c, i) => (
        <span key={`c${i}`} className="evidence-computed">
          {t('computedAs', { formula: c.formula })} ({t('computedInputs')}: {c.inputs.join('; ')})
        </span>
      ))}
      {unverified.map((u, i) => (
        <span key={`u${i}`} className="evidence-unverified">
          {t('notVerified', { reason: u.reason })}
        </span>
      ))}
    </span>
  );
}
