import { useId, useState } from 'react';
import { useT } from '../i18n/strings';

/** Longer than this, a summary is clamped to a few lines so the figures stay near the top. */
const LONG = 280;

/**
 * An entity's summary. Long ones show their first lines with "Read more"; the whole text stays
 * in the document (clamped visually only), so screen readers and find-in-page still reach it.
 */
export function SummaryText({ text }: { text: string }) {
  const t = useT();
  const id = useId();
  const [open, setOpen] = useState(false);
  const long = text.length > LONG;
  return (
    <div className="summary-wrap">
      <p id={id} className={long && !open ? 'summary clamped' : 'summary'}>
        {text}
      </p>
      {long && (
        <button type="button" className="more-button" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
          {open ? t('showLess') : t('readMore')}
        </button>
      )}
    </div>
  );
}
