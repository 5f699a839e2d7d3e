import { useT } from '../i18n/strings';
import { useUpdateWaiting } from './update-state';

/** Says that a newer build is waiting (register-sw.ts), instead of leaving old figures on screen without a word. */
export function UpdateNotice() {
  const t = useT();
  const reload = useUpdateWaiting();
  if (!reload) return null;
  return (
    <section role="status" className="notice notice-update">
      <p>{t('updateReady')}</p>
      <button type="button" onClick={reload}>
        {t('reload')}
      </button>
    </section>
  );
}
