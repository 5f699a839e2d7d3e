import type { ReactNode } from 'react';
import type { Source } from '../catalog/schema';
import type { Lang } from '../catalog/format';
import { t, useLang, useT } from '../i18n/strings';
import { formatPartialDate } from '../i18n/format-date';

/** Only web addresses become links: data is never trusted to carry a safe scheme. */
export function safeHttpUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** The document's date, or "undated (inferred 2022: reason)": an inferred date is never shown as printed. */
export function sourceDateText(source: Source, lang: Lang): string {
  if (source.date) return formatPartialDate(source.date, lang);
  if (source.dateInferred) {
    return t('undatedInferred', lang, { date: formatPartialDate(source.dateInferred.date, lang), reason: source.dateInferred.reason });
  }
  return t('undated', lang);
}

/**
 * One source document: title, publisher, date, address and local file, as plain text and links;
 * `children` (how the document prints the figure, and where) close it.
 */
export function SourceDetails({ id, sources, children }: { id: string; sources: ReadonlyMap<string, Source>; children?: ReactNode }) {
  const tr = useT();
  const lang = useLang();
  const source = sources.get(id);
  if (!source)
    return (
      <span className="source-missing">
        {tr('unknownSource', { id })}
        {children}
      </span>
    );
  const href = safeHttpUrl(source.url);
  return (
    <span className="source-details">
      <span className="source-title">{source.title}</span>
      <span className="source-meta">
        {source.publisher} · {sourceDateText(source, lang)}
      </span>
      {href && (
        <a className="source-url" href={href} target="_blank" rel="noopener noreferrer">
          {href}
        </a>
      )}
      {source.file && (
        <span className="source-file">
          {tr('localFile')}: <code>{source.file}</code>
        </span>
      )}
      {children}
    </span>
  );
}

/** Every source of an entity, as a list (the "Sources" section closing each panel). */
export function SourceList({
  ids,
  sources,
  headingId,
}: {
  ids: readonly string[];
  sources: ReadonlyMap<string, Source>;
  headingId: string;
}) {
  const tr = useT();
  const unique = [...new Set(ids)];
  return (
    <section aria-labelledby={headingId} className="panel-section">
      <h3 id={headingId}>{tr('sources')}</h3>
      <ol className="source-list">
        {unique.map((id) => (
          <li key={id}>
            <SourceDetails id={id} sources={sources} />
          </li>
        ))}
      </ol>
    </section>
  );
}
