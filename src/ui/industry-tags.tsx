import { INDUSTRY_LABEL } from '../catalog/format';
import type { Industry } from '../catalog/schema';
import { useLang } from '../i18n/strings';

type Props = {
  industries: readonly Industry[];
  label: string;
  /** Tags to mark (e.g. shared by every compared park), said in words, not by colour alone. */
  marked?: readonly Industry[];
  markLabel?: string;
};

/** Focus industries as quiet tags; a list, so a screen reader announces how many. */
export function IndustryTags({ industries, label, marked, markLabel }: Props) {
  const lang = useLang();
  if (!industries.length) return null;
  return (
    <ul className="tags" aria-label={label}>
      {industries.map((i) => {
        const mark = !!marked?.includes(i);
        return (
          <li key={i} className={mark ? 'tag tag-marked' : 'tag'}>
            {mark && <span aria-hidden="true">✓ </span>}
            {INDUSTRY_LABEL[i][lang]}
            {mark && markLabel && <span className="tag-mark"> · {markLabel}</span>}
          </li>
        );
      })}
    </ul>
  );
}
