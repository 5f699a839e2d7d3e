import type { ReactNode } from 'react';
import type { Catalog } from '../../catalog/catalog';
import type { CompareCell, NamedItem } from '../../catalog/compare-table';
import { useLang } from '../../i18n/strings';
import type { Bilingual } from '../../i18n/bilingual';
import { EntityName } from '../../ui/entity-name';
import { Meta } from './cell-meta';
import { useCompareT } from './compare-strings';

const FIRST_NAMES = 6;
/** One item's kind, in the singular (labels.ts has plural group headings). */
const KIND: Record<NamedItem['kind'], Bilingual> = {
  company: { en: 'company', zh: '企业' },
  institute: { en: 'research institute', zh: '研究机构' },
  platform: { en: 'platform', zh: '平台' },
  finance: { en: 'finance', zh: '金融' },
  'public-service': { en: 'public service', zh: '公共服务' },
  'project-company': { en: 'company of a tracked project', zh: '跟踪项目企业' },
};

/** Long lists (25 names) would swamp the row: the first few, the rest behind a disclosure. */
export function NamesCell({
  cell,
  what,
  catalog,
  missing,
}: {
  cell: Extract<CompareCell, { kind: 'names' }>;
  what: string;
  catalog: Catalog;
  missing: ReactNode;
}) {
  const ct = useCompareT();
  const lang = useLang();
  if (!cell.items.length) return missing;
  const item = (i: (typeof cell.items)[number], key: number) => (
    <li key={key}>
      <EntityName name={i.name} />
      <span className="cell-note">{KIND[i.kind][lang]}</span>
    </li>
  );
  const rest = cell.items.slice(FIRST_NAMES);
  return (
    <>
      <ul className="compare-names">{cell.items.slice(0, FIRST_NAMES).map(item)}</ul>
      {rest.length > 0 && (
        <details className="compare-more">
          <summary>{ct('nMore', { n: rest.length })}</summary>
          <ul className="compare-names">{rest.map((i, k) => item(i, k + FIRST_NAMES))}</ul>
        </details>
      )}
      <Meta span={cell.span} cell={cell} what={what} catalog={catalog} />
    </>
  );
}
