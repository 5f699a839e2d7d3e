import { useId } from 'react';
import type { Catalog } from '../../catalog/catalog';
import { MIN_COMPARED, type CompareModel } from '../../catalog/compare-table';
import { nameText } from '../../catalog/format';
import type { Park } from '../../catalog/schema';
import { useLang, useT } from '../../i18n/strings';
import { formatWord } from '../../i18n/format-words';
import { EntityName } from '../../ui/entity-name';
import { label, PARK_KIND_LABEL } from '../../ui/labels';
import { SelectLink } from '../../ui/select-link';
import { removePark } from './compare-actions';
import { CompareCellView } from './compare-cells';
import { useCompareT } from './compare-strings';

type Props = { model: CompareModel; catalog: Catalog; onRemoved: () => void };

/** A column heading: what the park is, its name (a link to it on the map) and a remove button. */
function ParkHeader({ park, model, onRemoved }: { park: Park; model: CompareModel; onRemoved: () => void }) {
  const t = useCompareT();
  const tr = useT();
  const lang = useLang();
  const locked = model.parks.length <= MIN_COMPARED;
  return (
    <div className="compare-park">
      <span className="eyebrow">
        {label(PARK_KIND_LABEL[park.kind], lang)} · {nameText(park.region, lang)}
      </span>
      <SelectLink to={{ park: park.id }} className="compare-park-name">
        <EntityName name={park.name} />
      </SelectLink>
      {park.reference && <span className="badge compare-badge">{tr('referencePark')}</span>}
      <button
        type="button"
        className="compare-remove"
        aria-label={t('removeLabel', { name: nameText(park.name, lang) })}
        title={locked ? t('atLeast', { n: MIN_COMPARED }) : undefined}
        disabled={locked}
        onClick={() => {
          removePark(model, park.id);
          onRemoved();
        }}
      >
        <span aria-hidden="true">× </span>
        {t('remove')}
      </button>
    </div>
  );
}

/**
 * The comparison as a real table: a caption, a column per park, a row per measure. In a
 * focusable scroll region, because at phone width it scrolls sideways (first column fixed).
 */
export function CompareTableView({ model, catalog, onRemoved }: Props) {
  const t = useCompareT();
  const lang = useLang();
  const captionId = useId();
  const names = model.parks.map((p) => nameText(p.name, lang));
  return (
    <div className="compare-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="compare-table" data-columns={model.parks.length}>
        <caption id={captionId}>{names.length > 1 ? t('caption', { names: names.join(formatWord('listDot', lang)) }) : names[0]}</caption>
        <thead>
          <tr>
            <td className="compare-corner" />
            {model.parks.map((p) => (
              <th scope="col" key={p.id}>
                <ParkHeader park={p} model={model} onRemoved={onRemoved} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {model.rows.map((row) => (
            <tr key={row.id} data-row={row.id}>
              <th scope="row">
                <span className="compare-row-label">{row.label[lang]}</span>
                {row.scope && <span className="cell-note">{row.scope[lang]}</span>}
                {row.id === 'industries' && model.shared.length > 0 && <span className="cell-note">{t('sharedLegend')}</span>}
              </th>
              {row.cells.map((cell, i) => (
                <td key={model.parks[i]!.id}>
                  <CompareCellView cell={cell} rowLabel={row.label[lang]} parkName={names[i]!} catalog={catalog} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
