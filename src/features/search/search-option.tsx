import type { SearchHit } from '../../catalog/search-index';
import { useLang, useT } from '../../i18n/strings';
import { nameText } from '../../catalog/format';

type Props = { id: string; hit: SearchHit; active: boolean; onChoose: () => void; onHover: () => void };

const KIND = { park: 'kindPark', zone: 'kindZone', project: 'kindProject' } as const;
const VIA = { company: 'viaCompany', institution: 'viaInstitution', aka: 'viaAka' } as const;

/** One result: the name, what it is and where, and, when found by another name, which. */
export function SearchOption({ id, hit, active, onChoose, onHover }: Props) {
  const t = useT();
  const lang = useLang();
  const { target } = hit;
  const name = nameText(target.name, lang);
  const context = target.kind === 'park' ? '' : ` · ${nameText(target.park.name, lang)}`;
  const matchedOther = hit.via !== 'name' || (hit.matched !== name && hit.matched !== target.name.en);
  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      className={active ? 'search-option active' : 'search-option'}
      // mousedown, not click: the input must not blur (and close the list) before the choice lands.
      onMouseDown={(e) => {
        e.preventDefault();
        onChoose();
      }}
      onMouseMove={onHover}
    >
      <span className="option-name">{name}</span>
      <span className="option-meta">
        {t(KIND[target.kind])}
        {context}
        {matchedOther && (
          <>
            {' '}
            · {hit.via === 'name' ? '' : `${t(VIA[hit.via])}: `}
            {hit.matched}
          </>
        )}
      </span>
    </li>
  );
}
