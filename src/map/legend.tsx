import { useId, type ReactNode, type Ref } from 'react';
import type { Catalog } from '../catalog/catalog';
import { nameText, STATUS_LABEL, STATUS_ORDER, type Lang } from '../catalog/format';
import { formatPartialDate } from '../i18n/format-date';
import { CITY_COLOUR } from './layers/city-layers';
import { mapText, type MapStringKey } from './map-strings';
import { parkColours, REFERENCE_COLOUR, STAGE_OF, STAGE_STYLE, STATUS_COLOUR } from './palette';

const MAX_PARKS = 10;

const Swatch = ({ children }: { children: ReactNode }) => (
  <svg className="legend-swatch" width="22" height="18" viewBox="0 0 22 18" aria-hidden="true" focusable="false">
    {children}
  </svg>
);

const Item = ({ swatch, children }: { swatch: ReactNode; children: ReactNode }) => (
  <li>
    <Swatch>{swatch}</Swatch>
    <span>{children}</span>
  </li>
);

/**
 * The map's key, as HTML so screen readers and keyboard users get it too: the park colours of the
 * current region, what solid and dashed/hatched boundaries mean, and how a project's status is
 * drawn (colour plus size and stroke, so colour is never the only carrier).
 *
 * `pending` (the catalog is still loading, the map draws no park or project yet): the card keeps
 * its place and width, and its key arrives whole with the catalog, growing down over the map.
 * Drawn earlier, the boundaries and statuses jumped down by the park list's height when the
 * index arrived (layout shift 0.029 on a 1350 × 940 screen, 0.012 on a park's link); how tall
 * that list will be (how many parks, how their names wrap) is unknown until the index is in.
 */
export function Legend({
  catalog,
  lang,
  region,
  asOf,
  pending = false,
  ref,
}: {
  catalog: Catalog | null;
  lang: Lang;
  region?: string;
  asOf?: string;
  pending?: boolean;
  ref?: Ref<HTMLDetailsElement>;
}) {
  const t = (key: MapStringKey) => mapText(key, lang);
  const projects = asOf ? mapText('projectsAsOf', lang, { date: formatPartialDate(asOf, lang) }) : t('projects');
  const hatch = useId();
  const colours = catalog ? parkColours(catalog) : new Map<string, string>();
  // From the index, so the key is the same whether or not every park has loaded.
  const all = (catalog?.index.parks ?? []).filter((p) => !p.reference && (!region || p.region === region));
  // A key of thousands of parks helps nobody (synthetic catalogs); the map labels them anyway.
  const parks = all.slice(0, MAX_PARKS);
  const open = typeof window === 'undefined' || window.innerWidth > 720;
  // The same card, summary and region (React keeps their nodes), so only new content appears.
  if (pending)
    return (
      <details ref={ref} className="map-legend" open={open}>
        <summary>
          <h2 className="legend-title">{t('legend')}</h2>
        </summary>
        <div role="region" aria-label={t('legend')}>
          <p className="legend-note">{t('legendPending')}</p>
        </div>
      </details>
    );
  return (
    <details ref={ref} className="map-legend" open={open}>
      {/* A heading, so the legend's section headings (h3) follow the page's h1 without a gap. */}
      <summary>
        <h2 className="legend-title">{t('legend')}</h2>
      </summary>
      <div role="region" aria-label={t('legend')}>
        {parks.length > 0 && (
          <section aria-label={t('parks')}>
            <h3>{t('parks')}</h3>
            <ul>
              {parks.map((p) => (
                <Item
                  key={p.id}
                  swatch={
                    <rect
                      x="2"
                      y="2"
                      width="18"
                      height="14"
                      rx="2"
                      fill={colours.get(p.id)}
                      fillOpacity="0.35"
                      stroke={colours.get(p.id)}
                      strokeWidth="2"
                    />
                  }
                >
                  {nameText(p.name, lang)}
                </Item>
              ))}
              {all.length > parks.length && (
                <li className="legend-more">{mapText('moreParks', lang).replace('{n}', String(all.length - parks.length))}</li>
              )}
            </ul>
          </section>
        )}
        <section aria-label={t('boundaries')}>
          <h3>{t('boundaries')}</h3>
          <ul>
            <Item
              swatch={<rect x="2" y="2" width="18" height="14" rx="2" fill="#6b7280" fillOpacity="0.3" stroke="#4b5563" strokeWidth="2" />}
            >
              {t('boundaryDrawn')}
            </Item>
            <Item
              swatch={
                <>
                  <defs>
                    <pattern id={hatch} width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                      <line x1="0" y1="0" x2="0" y2="5" stroke="#334155" strokeWidth="1.2" strokeOpacity="0.6" />
                    </pattern>
                  </defs>
                  <rect x="2" y="2" width="18" height="14" rx="2" fill="#6b7280" fillOpacity="0.15" />
                  <rect
                    x="2"
                    y="2"
                    width="18"
                    height="14"
                    rx="2"
                    fill={`url(#${hatch})`}
                    stroke="#4b5563"
                    strokeWidth="2"
                    strokeDasharray="4 2.5"
                  />
                </>
              }
            >
              {t('boundaryApprox')}
            </Item>
            {/* The same dotted ring the map draws (uncertainty-layers.ts): not dashes, not a hatch. */}
            <Item
              swatch={
                <>
                  <circle
                    cx="11"
                    cy="9"
                    r="7.5"
                    fill="#6b7280"
                    fillOpacity="0.1"
                    stroke="#4b5563"
                    strokeWidth="1.8"
                    strokeLinecap="round"
                    strokeDasharray="0.1 3.6"
                  />
                  <circle cx="11" cy="9" r="2.5" fill="#6b7280" />
                </>
              }
            >
              {t('boundaryNotPublished')}
            </Item>
            <Item swatch={<circle cx="11" cy="9" r="7" fill={CITY_COLOUR} stroke="#fff" strokeWidth="1.5" />}>{t('cityMarker')}</Item>
            <Item swatch={<circle cx="11" cy="9" r="5" fill={REFERENCE_COLOUR} stroke={REFERENCE_COLOUR} strokeWidth="2" />}>
              {t('referencePark')}
            </Item>
            <Item swatch={<circle cx="11" cy="9" r="5" fill="#6b7280" fillOpacity="0.25" stroke="#6b7280" strokeWidth="2" />}>
              {t('approxLocation')}
            </Item>
          </ul>
        </section>
        {/* Read at a date (asof=), the map draws each project's status then, not its latest. */}
        <section aria-label={projects}>
          <h3>{projects}</h3>
          <ul className="legend-statuses">
            {STATUS_ORDER.map((status) => {
              const s = STAGE_STYLE[STAGE_OF[status]];
              return (
                <Item
                  key={status}
                  swatch={
                    <circle
                      cx="11"
                      cy="9"
                      r={s.radius}
                      fill={STATUS_COLOUR[status]}
                      stroke={s.strokeColour === '#ffffff' ? '#9aa3ad' : s.strokeColour}
                      strokeWidth={Math.min(s.stroke, 2.5)}
                    />
                  }
                >
                  {STATUS_LABEL[status][lang]}
                </Item>
              );
            })}
            <Item swatch={<circle cx="11" cy="9" r="5.5" fill="none" stroke={STATUS_COLOUR.signed} strokeWidth="2.5" />}>
              {t('siteUnknown')}
            </Item>
            <Item
              swatch={
                <>
                  <circle cx="11" cy="9" r="8" fill="#36414f" />
                  <text x="11" y="12" textAnchor="middle" fontSize="8" fill="#fff">
                    12
                  </text>
                </>
              }
            >
              {t('cluster')}
            </Item>
          </ul>
          <p className="legend-note">
            {t('stagePlanned')} · {t('stageBuilding')} · {t('stageOperating')}. {t('exactStatus')}
          </p>
        </section>
      </div>
    </details>
  );
}
