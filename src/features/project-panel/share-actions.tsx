import { useState } from 'react';
import type { Project, Source } from '../../catalog/schema';
import { useLang, useT } from '../../i18n/strings';
import { citeText } from './cite-text';

/** The project's own shareable address: just `?project=<id>`, the shortest link that opens it. */
export const projectLink = (id: string) => `${window.location.origin}${window.location.pathname}?project=${encodeURIComponent(id)}`;

/**
 * "Copy link" writes to the clipboard and says so; where the clipboard is refused (insecure
 * origin, permissions) the link appears in a selected text field to copy by hand.
 * "Cite this" reveals a plain-text citation, selected, ready to copy.
 */
export function ShareActions({ project, sources }: { project: Project; sources: ReadonlyMap<string, Source> }) {
  const t = useT();
  const lang = useLang();
  const [copy, setCopy] = useState<'idle' | 'copied' | 'manual'>('idle');
  const [citing, setCiting] = useState(false);
  const link = projectLink(project.id);
  const onCopy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(link);
      setCopy('copied');
    } catch {
      setCopy('manual');
    }
  };
  return (
    <section className="panel-section share" aria-label={t('copyLink')}>
      <div className="share-buttons">
        <button type="button" onClick={() => void onCopy()}>{t('copyLink')}</button>
        <button type="button" aria-expanded={citing} aria-controls="cite-text" onClick={() => setCiting(!citing)}>{t('citeThis')}</button>
        <span role="status" className="share-status">{copy === 'copied' ? t('linkCopied') : ''}</span>
      </div>
      {copy === 'manual' && (
        <label className="field">
          {t('copyByHand')}
          <input readOnly value={link} autoFocus onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
      {citing && (
        <label className="field" id="cite-text">
          {t('citation')}
          <textarea readOnly rows={8} value={citeText(project, sources, link, lang)} autoFocus onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </section>
  );
}
