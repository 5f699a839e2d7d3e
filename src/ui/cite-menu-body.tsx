import { useState } from 'react';
import { citationFile, type CiteFormat } from '../cite/cite-formats';
import type { CiteTarget } from './cite-menu';
import { useCiteT, type CiteKey } from './cite-strings';
import { saveFile } from './save-file';
import { copyText, CopyField } from './share-field';

const LABEL: Record<CiteFormat, CiteKey> = { ris: 'formatRis', bibtex: 'formatBibtex', 'csl-json': 'formatCslJson' };
const SHORT: Record<CiteFormat, string> = { ris: 'RIS', bibtex: 'BibTeX', 'csl-json': 'CSL-JSON' };

const meta = (name: string) => document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content || undefined;
const today = () => new Date().toISOString().slice(0, 10);

function makeFile(format: CiteFormat, target: CiteTarget) {
  const sources = target.sourceIds.flatMap((id) => target.sources.get(id) ?? []);
  return citationFile(format, {
    sources,
    atlas: {
      subject: target.subject,
      link: target.link,
      key: target.key,
      version: meta('atlas-data'),
      built: meta('atlas-built'),
      accessed: today(),
    },
  });
}

type Shown = { status: string; manual: string | null };

/**
 * The citation menu's body, loaded when first opened (cite-menu.tsx): a format, Copy and Download
 * of the cited view (the atlas as a dataset) and its source documents. Where the clipboard is
 * refused the text appears in a field to copy by hand.
 */
export function CiteMenuBody({ target, id }: { target: () => CiteTarget; id: string }) {
  const t = useCiteT();
  const [format, setFormat] = useState<CiteFormat>('bibtex');
  const [shown, setShown] = useState<Shown>({ status: '', manual: null });
  const run = async (action: 'copy' | 'download') => {
    try {
      const file = makeFile(format, target());
      if (action === 'download') {
        saveFile(file.text, file.type, file.name);
        return setShown({ status: t('formatSaved', { format: SHORT[format] }), manual: null });
      }
      setShown(
        (await copyText(file.text))
          ? { status: t('formatCopied', { format: SHORT[format] }), manual: null }
          : { status: '', manual: file.text },
      );
    } catch (error) {
      setShown({ status: t('formatFailed', { error: (error as Error).message }), manual: null });
    }
  };
  return (
    <span id={id} className="cite-menu-body" role="group" aria-label={t('citeFormats')}>
      <label className="cite-menu-format">
        {t('citeFormat')}{' '}
        <select
          value={format}
          onChange={(e) => {
            setFormat(e.target.value as CiteFormat);
            setShown({ status: '', manual: null });
          }}
        >
          {(Object.keys(LABEL) as CiteFormat[]).map((f) => (
            <option key={f} value={f}>
              {t(LABEL[f])}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => void run('copy')}>
        {t('copyFormat', { format: SHORT[format] })}
      </button>
      <button type="button" onClick={() => void run('download')}>
        {t('downloadFormat', { format: SHORT[format] })}
      </button>
      <span role="status" className="share-status">
        {shown.status}
      </span>
      {shown.manual !== null && <CopyField label={SHORT[format]} value={shown.manual} multiline />}
    </span>
  );
}
