import type { FocusEvent } from 'react';

/**
 * Writes text to the clipboard. False where the browser refuses — no Clipboard API (an insecure
 * origin, an old browser) or permission denied — so the caller can offer the text by hand.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (typeof navigator === 'undefined' || !navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

const selectAll = (e: FocusEvent<HTMLInputElement | HTMLTextAreaElement>) => e.currentTarget.select();

/**
 * The text in a read-only field, focused and selected, ready to copy by hand (Ctrl/⌘+C). Plain
 * `value`, never markup: whatever a link or the data holds stays text.
 */
export function CopyField({ label, value, multiline = false, id }: { label: string; value: string; multiline?: boolean; id?: string }) {
  return (
    <label className="field" id={id}>
      {label}
      {multiline ? (
        <textarea readOnly rows={8} value={value} autoFocus onFocus={selectAll} />
      ) : (
        <input readOnly value={value} autoFocus onFocus={selectAll} />
      )}
    </label>
  );
}
