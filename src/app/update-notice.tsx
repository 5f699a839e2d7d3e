import type { Lang } from '../catalog/format';
import { useLang } from '../i18n/strings';
import { useUpdateWaiting } from './update-state';

const TEXT: Record<'updated' | 'reload', Record<Lang, string>> = {
  updated: { en: 'This atlas has been updated — reload to see the latest figures.', zh: '本图集已更新——请重新加载以查看最新数据。' },
  reload: { en: 'Reload', zh: '重新加载' },
};

/** Says that a newer build is waiting (register-sw.ts), instead of leaving old figures on screen without a word. */
export function UpdateNotice() {
  const lang = useLang();
  const reload = useUpdateWaiting();
  if (!reload) return null;
  return (
    <section role="status" className="notice notice-update">
      <p>{TEXT.updated[lang]}</p>
      <button type="button" onClick={reload}>{TEXT.reload[lang]}</button>
    </section>
  );
}
