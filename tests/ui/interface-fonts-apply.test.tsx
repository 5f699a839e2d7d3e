import { afterEach, describe, expect, it } from 'vitest';
import { applyInterfaceFonts } from '../../src/app/interface-fonts';

afterEach(() => {
  for (const link of document.head.querySelectorAll('link')) link.remove();
});

describe("the interface fonts' stylesheet", () => {
  it('is applied by the app (media all) after coming with the page as print, and no other stylesheet is touched', () => {
    document.head.insertAdjacentHTML(
      'beforeend',
      '<link rel="stylesheet" href="./fonts/interface.css" media="print" data-interface-fonts>' +
        '<link rel="stylesheet" href="./print.css" media="print">',
    );
    applyInterfaceFonts();
    const [fonts, print] = document.head.querySelectorAll('link');
    expect(fonts!.media).toBe('all');
    expect(print!.media).toBe('print');
  });
});
