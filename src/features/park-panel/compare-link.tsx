import type { MouseEvent } from 'react';
import type { Catalog } from '../../catalog/catalog';
import type { Park } from '../../catalog/schema';
import { useLang, useT } from '../../i18n/strings';
import { nameText } from '../../ui/entity-name';
import { formatUrl } from '../../url/codec';
import type { UrlState } from '../../url/registry';
import { navigate, useUrlStore } from '../../url/url-store';

/** The park it is most natural to set this one beside: its parent, else a sibling, a child, any other. */
export function comparePartner(catalog: Catalog, park: Park): Park | undefined {
  const parent = park.parentId ? catalog.parkById.get(park.parentId) : undefined;
  const siblings = park.parentId ? (catalog.childrenOf.get(park.parentId) ?? []).filter((p) => p.id !== park.id) : [];
  const children = catalog.childrenOf.get(park.id) ?? [];
  return parent ?? siblings[0] ?? children[0] ?? catalog.parks.find((p) => p.id !== park.id);
}

const compareState = (state: UrlState, ids: string[]): UrlState =>
  ({ ...state, park: undefined, zone: undefined, project: undefined, map: undefined, compare: ids });

/** A way into the compare view (`?compare=a,b`); the view itself adds and removes parks. */
export function CompareLink({ catalog, park }: { catalog: Catalog; park: Park }) {
  const t = useT();
  const lang = useLang();
  const partner = comparePartner(catalog, park);
  const href = useUrlStore((s) => (partner ? formatUrl(compareState(s.state, [park.id, partner.id])) : ''));
  if (!partner) return null;
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(compareState(useUrlStore.getState().state, [park.id, partner.id]));
  };
  return (
    <p className="compare-link">
      <a href={href} onClick={onClick}>{t('compareWith', { name: nameText(partner.name, lang) })}</a>
    </p>
  );
}
