import { zoneKey, type Catalog } from '../../catalog/catalog';
import { useLang, useT } from '../../i18n/strings';
import { useUrlStore, type LinkNote } from '../../url/url-store';
import './link-notes.css';
import { nameText } from '../../catalog/format';

function nameOf(catalog: Catalog, note: LinkNote, lang: 'en' | 'zh'): string {
  if (note.kind === 'park') {
    const park = catalog.parkById.get(note.to);
    return park ? nameText(park.name, lang) : note.to;
  }
  if (note.kind === 'zone') {
    const entry = catalog.zoneByKey.get(zoneKey(note.parkId ?? '', note.to));
    return entry ? nameText(entry.zone.name, lang) : note.to;
  }
  const entry = catalog.projectById.get(note.to);
  return entry ? nameText(entry.project.name, lang) : note.to;
}

/**
 * Says, visibly, that a link used an old id and now opens the renamed thing (the address has
 * already been rewritten), so a reader who compares the two is not left wondering. The notes go
 * with the next navigation. Text only: ids from the link are never rendered as markup.
 */
export function LinkNotes({ catalog }: { catalog: Catalog }) {
  const t = useT();
  const lang = useLang();
  const notes = useUrlStore((s) => s.notes);
  if (!notes.length) return null;
  return (
    <section role="status" className="link-notes" aria-label={t('linkNotes')}>
      <ul>
        {notes.map((note) => (
          <li key={`${note.kind}:${note.from}`}>{t('oldIdNote', { from: note.from, to: nameOf(catalog, note, lang) })}</li>
        ))}
      </ul>
    </section>
  );
}
