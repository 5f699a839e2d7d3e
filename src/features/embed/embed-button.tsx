import { useId, useState } from 'react';
import { embedSnippet } from './embed-snippet';
import { useT } from '../../i18n/strings';
import type { ShareExtraProps } from '../../ui/share-extras';
import { copyText, CopyField } from '../../ui/share-field';
import './embed-code.css';

type Shown = { subject: string; code: string; copied: boolean };

/**
 * "Embed" beside "Copy link": the `<iframe>` code for the view as the reader sees it, as text in
 * a read-only field with a copy button. The page title names the frame (what is selected).
 */
export function EmbedButton({ link, subject }: ShareExtraProps) {
  const t = useT();
  const id = useId();
  const [raw, setRaw] = useState<Shown | null>(null);
  const shown = raw?.subject === subject ? raw : null;
  const onEmbed = async () => {
    if (shown) return setRaw(null);
    setRaw({ subject, code: embedSnippet(link(), document.title), copied: false });
  };
  const onCopy = async () => {
    if (shown && (await copyText(shown.code))) setRaw({ ...shown, copied: true });
  };
  return (
    <>
      <button type="button" aria-expanded={!!shown} aria-controls={id} onClick={() => void onEmbed()}>
        {t('embed')}
      </button>
      {shown && (
        <div className="embed-code" id={id}>
          <CopyField label={t('embedCode')} value={shown.code} multiline />
          <button type="button" onClick={() => void onCopy()}>
            {t('copyCode')}
          </button>
          <span role="status" className="share-status">
            {shown.copied ? t('codeCopied') : ''}
          </span>
        </div>
      )}
    </>
  );
}
