import type { Lang } from '../../catalog/format';
import { nameText } from '../../catalog/format';
import type { Name } from '../../catalog/schema';
import { t } from '../../i18n/strings';

export const parkCount = (n: number, lang: Lang) => t(n === 1 ? 'onePark' : 'nParks', lang, { n });

/** A province or city heading with its number of parks; Chinese only where the data gives the name in Chinese. */
export function RegionHeading({ as: Heading, name, count, lang }: { as: 'h3' | 'h4'; name: Name; count: number; lang: Lang }) {
  return (
    <Heading className={`region-name region-${Heading === 'h3' ? 'province' : 'city'}`}>
      {nameText(name, lang)} <span className="region-count">({parkCount(count, lang)})</span>
    </Heading>
  );
}
