import type { Catalog } from '../catalog/catalog';
import type { Lang } from '../catalog/format';
import { useCatalogStore } from '../store/catalog-store';
import type { UrlState } from '../url/registry';
import { citeLink } from '../url/share-link';
import type { ShareTarget } from '../url/transitions';
import { useUrlStore } from '../url/url-store';
import type { CiteTarget } from './cite-menu';
import { subjectName } from './share-cite-text';
import { nameText } from '../catalog/format';

/**
 * What a park, a project or a comparison cites: the documents the catalog lists for it (a
 * project's with its investment's, a comparison's for every compared park) and the view's
 * citation link. Pure over the catalog and the address; `citeTargetNow` reads both at click time.
 */
export function citeTarget(catalog: Catalog, target: ShareTarget, url: UrlState, lang: Lang): CiteTarget {
  const link = citeLink(target, url);
  if (target.compare) {
    const parks = target.compare.flatMap((id) => catalog.parkById.get(id) ?? []);
    return {
      sourceIds: parks.flatMap((p) => p.sources),
      sources: catalog.sources,
      subject: parks.map((p) => nameText(p.name, lang)).join(' · '),
      link,
      key: target.compare.join('-'),
    };
  }
  const subject = subjectName(catalog, { ...url, ...target, compare: undefined }, lang);
  if (target.project) {
    const project = catalog.projectById.get(target.project)?.project;
    const ids = [...(project?.sources ?? []), ...(project?.investment?.values.flatMap((v) => v.sources) ?? [])];
    return { sourceIds: ids, sources: catalog.sources, subject, link, key: target.project };
  }
  const park = target.park ? catalog.parkById.get(target.park) : undefined;
  return { sourceIds: park?.sources ?? [], sources: catalog.sources, subject, link, key: target.park };
}

export function citeTargetNow(target: ShareTarget): CiteTarget {
  const url = useUrlStore.getState().state;
  const catalog = useCatalogStore.getState().catalog;
  const lang = url.lang ?? 'en';
  return catalog ? citeTarget(catalog, target, url, lang) : { sourceIds: [], sources: new Map(), link: citeLink(target, url) };
}
