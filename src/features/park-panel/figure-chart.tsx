import { useId } from 'react';
import { figureDate, formatAmount } from '../../i18n/format-figure';
import type { Series } from '../../catalog/figure-series';
import type { Source } from '../../catalog/schema';
import { useLang, useT } from '../../i18n/strings';
import './figure-chart.css';

const W = 320,
  H = 150,
  PAD = { l: 8, r: 8, t: 22, b: 22 };

/**
 * One measure over time, as a small SVG: a point per value (its label is selectable text), a line
 * only between values of the same scope, and the same values as a table beneath for screen
 * readers and for copying, each with its date, scope and source. Loaded only when a park has such a measure.
 */
export function FigureChart({ series, label, sources }: { series: Series; label: string; sources: ReadonlyMap<string, Source> }) {
  const t = useT();
  const lang = useLang();
  const id = useId();
  const { points, lines } = series;
  const t0 = points[0]!.t,
    t1 = points.at(-1)!.t;
  const max = Math.max(...points.map((p) => p.v.value)) || 1;
  const x = (tt: number) => PAD.l + 30 + ((tt - t0) / (t1 - t0 || 1)) * (W - PAD.l - PAD.r - 60);
  const y = (v: number) => H - PAD.b - (v / max) * (H - PAD.t - PAD.b);
  const scopes = [...new Set(points.map((p) => p.v.scope))];
  return (
    <figure className="figure-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-title`} className="figure-chart-svg">
        <title id={`${id}-title`}>{t('chartTitle', { what: label, n: points.length })}</title>
        <line x1={PAD.l} x2={W - PAD.r} y1={H - PAD.b} y2={H - PAD.b} className="axis" />
        {lines.map(([a, b]) => (
          <line
            key={`${a}-${b}`}
            x1={x(points[a]!.t)}
            y1={y(points[a]!.v.value)}
            x2={x(points[b]!.t)}
            y2={y(points[b]!.v.value)}
            className="series-line"
          />
        ))}
        {points.map((p, i) => (
          <g key={i} className={`scope-${scopes.indexOf(p.v.scope) % 4}`}>
            <circle cx={x(p.t)} cy={y(p.v.value)} r={4} className="series-point" />
            <text x={x(p.t)} y={y(p.v.value) - 8} textAnchor="middle" className="point-label">
              {formatAmount(p.v, lang)}
            </text>
            <text x={x(p.t)} y={H - 6} textAnchor="middle" className="axis-label">
              {p.v.asOf.slice(0, 7)}
            </text>
          </g>
        ))}
      </svg>
      <figcaption className="cell-note">{scopes.length > 1 ? t('chartScopesDiffer') : t('chartOneScope')}</figcaption>
      <table className="figure-chart-table">
        <caption className="visually-hidden">{label}</caption>
        <thead>
          <tr>
            <th scope="col">{t('chartDate')}</th>
            <th scope="col">{t('chartValue')}</th>
            <th scope="col">{t('chartScope')}</th>
            <th scope="col">{t('sources')}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p, i) => (
            <tr key={i}>
              <td>{figureDate(p.v, lang)}</td>
              <td>{formatAmount(p.v, lang)}</td>
              <td>{p.v.scope}</td>
              <td>{p.v.sources.map((s) => sources.get(s)?.title ?? s).join('; ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
