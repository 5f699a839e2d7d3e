import type { Lang } from '../../catalog/format';
import { nameText } from '../../catalog/format';
import type { Name } from '../../catalog/schema';
import { fill } from '../../i18n/fill';

/** The list's group words (kept here, so the shared dictionary is not edited for one feature). */
const COUNT = { one: { en: '1 park', zh: '1 个园区' }, many: { en: '{n} parks', zh: '{n} 个园区' } } as const;
export const parkCount = (n: number, lang: Lang) => fill((n === 1 ? COUNT.one : COUNT.many)[lang], { n: String(n) });

/** A province or city heading with its number of parks; Chinese only where the data gives the name in Chinese. */
export function RegionHeading({ as: Heading, name, count, lang }: { as: 'h3' | 'h4'; name: Name; count: number; lang: Lang }) {
  return (
    <Heading className={`region-name region-${Heading === 'h3' ? 'province' : 'city'}`}>
      {nameText(name, lang)} <span className="region-count">({parkCount(count, lang)})</span>
    </Heading>
  );
}
