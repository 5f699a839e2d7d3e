import type { Project } from '../catalog/schema';
import { projectTotals } from '../catalog/selectors';
import { countText, PROJECT_COUNT, useLang, useT } from '../i18n/strings';
import { formatMoneyTotals } from '../i18n/format-money';

/** "4 projects · tracked investment ¥2.86 bn + US$200 M · 1 with no amount reported". */
export function ProjectTotalsLine({ projects }: { projects: readonly Project[] }) {
  const t = useT();
  const lang = useLang();
  const totals = projectTotals(projects);
  if (!totals.count) return null;
  const parts = [countText(totals.count, lang, PROJECT_COUNT)];
  if (totals.money.length) parts.push(t('trackedInvestment', { amount: formatMoneyTotals(totals.money, lang) }));
  if (totals.withoutAmount) parts.push(t('nNoAmount', { n: totals.withoutAmount }));
  return <p className="totals">{parts.join(' · ')}</p>;
}
