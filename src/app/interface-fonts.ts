/**
 * fonts/interface.css (the Chinese subsets' @font-face rules, scripts/vite-plugin-atlas-fonts.ts)
 * comes with the page as `media="print"`: downloaded at once but not holding the first paint
 * (Lighthouse counted it as ~0.5 s of render-blocking on a phone, for a file an English page
 * mostly does not use). The app's script applies it before its first render, so Chinese text
 * is drawn in the shipped face as before. Not an inline `onload`: the CSP allows no inline script.
 */
export function applyInterfaceFonts(doc: Document = document): void {
  for (const link of doc.querySelectorAll<HTMLLinkElement>('link[data-interface-fonts]')) link.media = 'all';
}
