import type { Page } from '@playwright/test';

/**
 * Selects the first occurrence of `text` in the studio's source pane as a reader's mouse
 * does: by setting the page's selection, which the studio hears through selectionchange.
 */
export async function selectText(page: Page, text: string) {
  await page
    .getByRole('textbox', { name: 'Source text, with line numbers' })
    .evaluate((root, wanted) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(wanted) ?? -1;
        if (at === -1) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        const selection = document.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
        return;
      }
      throw new Error(`${wanted} is not in one text node of the source pane`);
    }, text);
}
