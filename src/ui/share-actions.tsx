import { useContext, useId, useState } from 'react';
import { useT } from '../i18n/strings';
import { CiteMenu, type CiteTarget } from './cite-menu';
import { copyText, CopyField } from './share-field';
import { ShareExtras } from './share-extras';
import './share.css';

type Props = {
  /** The link to copy, read at click time: the camera in it changes as the map moves. */
  link: () => string;
  /** A plain-text citation, for things cited as a whole (projects); figures cite from their popover. */
  citation?: () => string;
  /** What is shared (its id): a new one starts with no status and no open fields. */
  subject: string;
  /** What "Cite in a reference manager" cites (RIS, BibTeX, CSL-JSON): the view and its sources. */
  cite?: () => CiteTarget;
  /** In a toolbar rather than closing a panel: no section rule above it. */
  inline?: boolean;
};

type Shown = { subject: string; status: 'link' | 'cite' | null; manualLink: string | null; citing: boolean };
const idle = (subject: string): Shown => ({ subject, status: null, manualLink: null, citing: false });

/**
 * "Copy link" (and "Cite this"): copies to the clipboard and says so in a status line; where the
 * clipboard is refused, the text appears in a selected field to copy by hand. "Cite this" also
 * shows the citation, so the reader sees what was copied.
 */
export function ShareActions({ link, citation, cite, subject, inline = false }: Props) {
  const t = useT();
  const citeId = useId();
  const extras = useContext(ShareExtras);
  const [raw, setRaw] = useState(() => idle(subject));
  const shown = raw.subject === subject ? raw : idle(subject);
  // Functional: the clipboard answers later, possibly after another click.
  const update = (patch: Partial<Shown>) => setRaw((prev) => ({ ...(prev.subject === subject ? prev : idle(subject)), ...patch }));

  const onCopy = async () => {
    const text = link();
    update((await copyText(text)) ? { status: 'link', manualLink: null } : { status: null, manualLink: text });
  };
  const onCite = async () => {
    if (!citation) return;
    if (shown.citing) return update({ citing: false, status: null });
    update({ citing: true, status: null });
    if (await copyText(citation())) update({ status: 'cite' });
  };
  const status = shown.status === 'link' ? t('linkCopied') : shown.status === 'cite' ? t('citationCopied') : '';
  return (
    <section className={inline ? 'share share-inline' : 'panel-section share'} aria-label={t('share')}>
      <div className="share-buttons">
        <button type="button" onClick={() => void onCopy()}>
          {t('copyLink')}
        </button>
        {citation && (
          <button type="button" aria-expanded={shown.citing} aria-controls={citeId} onClick={() => void onCite()}>
            {t('citeThis')}
          </button>
        )}
        {extras.map((Extra, i) => (
          <Extra key={i} link={link} subject={subject} />
        ))}
        <span role="status" className="share-status">
          {status}
        </span>
      </div>
      {shown.manualLink !== null && <CopyField label={t('copyByHand')} value={shown.manualLink} />}
      {citation && shown.citing && <CopyField id={citeId} label={t('citation')} value={citation()} multiline />}
      {cite && <CiteMenu target={cite} />}
    </section>
  );
}
