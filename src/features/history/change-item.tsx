import type { Catalog } from '../../catalog/catalog';
import { changeSources, changeTitle, KIND_LABEL, placeName, sourcesText } from '../../catalog/history-text';
import type { Change } from '../../catalog/schema';
import { useLang } from '../../i18n/strings';
import { SelectLink } from '../../ui/select-link';

/** Where a change's link leads: the entity, or where a moved one is now. */
function selectionOfEntity(key: string): { park?: string; zone?: string; project?: string } {
  const [type, id = ''] = key.split(/:(.*)/s);
  if (type === 'project') return { project: id };
  if (type === 'zone') {
    const [park, zone] = id.split('/');
    return { park, zone };
  }
  return { park: id };
}

/** Names for "now at …" from the loaded catalog's index (any park, loaded or not). */
function namesFor(catalog: Catalog, key: string): Map<string, string> {
  const names = new Map<string, string>();
  const zone = /^zone:([^/]+)\/(.+)$/.exec(key);
  const park = catalog.index.byId.get(zone ? zone[1]! : key.replace(/^park:/, ''));
  if (park) names.set(`park:${park.id}`, park.name.en);
  const z = zone && park?.zones.find((x) => x.id === zone[2]);
  if (z) names.set(key, z.name.en);
  return names;
}

/** One change: its kind, what changed from what to what (a link to the entity), and its sources by title. */
export function ChangeItem({ change: c, catalog, link = true }: { change: Change; catalog: Catalog; link?: boolean }) {
  const lang = useLang();
  const title = changeTitle(c, lang, c.redirect ? placeName(c.redirect, namesFor(catalog, c.redirect)) : undefined);
  const sources = changeSources(c).map((id) => catalog.sources.get(id)?.title ?? id);
  const to = selectionOfEntity(c.redirect ?? c.entity);
  return (
    <li className="change-item" data-kind={c.kind}>
      <span className="change-kind">{KIND_LABEL[c.kind][lang]}</span>{' '}
      {link && !(c.kind === 'removed' && !c.redirect) ? <SelectLink to={to}>{title}</SelectLink> : <span>{title}</span>}
      {sources.length > 0 && <span className="change-sources">{sourcesText(sources, lang)}</span>}
    </li>
  );
}
