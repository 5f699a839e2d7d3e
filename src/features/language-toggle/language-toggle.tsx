import { useLang, useT } from '../../i18n/strings';
import { patchUrl } from '../../url/url-store';

/**
 * English / 中文. Each button names its language in that language, so a reader who cannot read
 * the current one still finds theirs. English is the default and leaves the URL clean.
 */
export function LanguageToggle() {
  const t = useT();
  const lang = useLang();
  return (
    <div role="group" aria-label={t('language')} className="lang-toggle">
      <button type="button" lang="en" aria-pressed={lang === 'en'} onClick={() => patchUrl({ lang: undefined })}>
        English
      </button>
      <button type="button" lang="zh-Hans" aria-pressed={lang === 'zh'} onClick={() => patchUrl({ lang: 'zh' })}>
        中文
      </button>
    </div>
  );
}
