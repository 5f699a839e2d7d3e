import type { Catalog } from '../../catalog/catalog';
import type { Park } from '../../catalog/schema';
import { useLang, useT } from '../../i18n/strings';
import { UrlLink } from '../../ui/url-link';
import { toCompare } from '../../url/transitions';
import { nameText } from '../../catalog/format';

/** The park it is most natural to set this one beside: its parent, else a sibling, a child, any other. */
export function comparePartner(catalog: Catalog, park: Park): Park | undefined {
  const parent = park.parentId ? catalog.parkById.get(park.parentId) : undefined;
  const siblings = park.parentId ? (catalog.childrenOf.get(park.parentId) ?? []).filter((p) => p.id !== park.id) : [];
  const children = catalog.childrenOf.get(park.id) ?? [];
  return parent ?? siblings[0] ?? children[0] ?? catalog.parks.find((p) => p.id !== park.id);
}

/** A way into the compare view (`?compare=a,b`); the view itself adds and removes parks. */
export function CompareLink({ catalog, park }: { catalog: Catalog; park: Park }) {
  const t = useT();
  const lang = useLang();
  const partner = comparePartner(catalog, park);
  if (!partner) return null;
  return (
    <p className="compare-link">
      <UrlLink to={(state) => toCompare(state, [park.id, partner.id])}>{t('compareWith', { name: nameText(partner.name, lang) })}</UrlLink>
    </p>
  );
}
