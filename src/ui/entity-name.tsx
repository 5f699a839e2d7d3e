import type { Name } from '../catalog/schema';
import { displayName } from '../catalog/format';
import { useLang } from '../i18n/strings';
import { LANG_TAG } from '../i18n/bilingual';

/**
 * A name in the reader's language first, the other beneath it, each marked with its language
 * so screen readers pronounce Chinese as Chinese.
 */
export function EntityName({
  name,
  as: Tag = 'span',
  id,
  focusable,
}: {
  name: Name;
  as?: 'h2' | 'h3' | 'span';
  id?: string;
  focusable?: boolean;
}) {
  const lang = useLang();
  const { primary, secondary } = displayName(name, lang);
  const primaryLang = LANG_TAG[name.zh ? lang : 'en'];
  return (
    <Tag className="entity-name" id={id} tabIndex={focusable ? -1 : undefined}>
      <span lang={primaryLang}>{primary}</span>
      {secondary && ' '}
      {secondary && (
        <span className="secondary-name" lang={primaryLang === 'en' ? 'zh-Hans' : 'en'}>
          {secondary}
        </span>
      )}
    </Tag>
  );
}
