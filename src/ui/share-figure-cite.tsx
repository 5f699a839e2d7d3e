import { useState } from 'react';
import type { Source } from '../catalog/schema';
import { useLang, useT } from '../i18n/strings';
import { useCatalogStore } from '../store/catalog-store';
import { citeLink } from '../url/share-link';
import { targetOf } from '../url/transitions';
import { useUrlStore } from '../url/url-store';
import { CiteMenu } from './cite-menu';
import type { Evidence } from './printed-evidence';
import { figureCiteText, subjectName } from './share-cite-text';
import { copyText, CopyField } from './share-field';
import './share.css';

type Props = { what: string; sourceIds: readonly string[]; sources: ReadonlyMap<string, Source>; evidence?: readonly Evidence[] };

/**
 * "Cite" inside a citation popover: the figure with its as-of date, its sources and the atlas
 * link, copied as plain text ("Citation copied"), or shown selected when the clipboard is refused.
 */
export function FigureCite({ what, sourceIds, sources, evidence = [] }: Props) {
  const t = useT();
  const lang = useLang();
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');
  // Read at use, not subscribed: the camera rewrites the address on every move.
  const text = () => {
    const { catalog } = useCatalogStore.getState();
    const url = useUrlStore.getState().state;
    const subject = catalog ? subjectName(catalog, url, lang) : undefined;
    return figureCiteText({ subject, what, sourceIds, sources, link: citeLink(targetOf(url), url), lang, evidence });
  };
  const target = () => {
    const { catalog } = useCatalogStore.getState();
    const url = useUrlStore.getState().state;
    const subject = catalog ? subjectName(catalog, url, lang) : undefined;
    const cited = targetOf(url);
    return {
      sourceIds,
      sources,
      subject: subject ? `${subject} — ${what}` : what,
      link: citeLink(cited, url),
      key: cited.project ?? cited.zone ?? cited.park ?? cited.compare?.join('-'),
    };
  };
  const onCite = async () => setState((await copyText(text())) ? 'copied' : 'manual');
  return (
    <span className="cite-share">
      <button type="button" className="cite-close" aria-label={t('citeFigureFor', { what })} onClick={() => void onCite()}>
        {t('citeFigure')}
      </button>
      <span role="status" className="share-status">
        {state === 'copied' ? t('citationCopied') : ''}
      </span>
      {state === 'manual' && <CopyField label={t('citation')} value={text()} multiline />}
      <CiteMenu target={target} />
    </span>
  );
}
