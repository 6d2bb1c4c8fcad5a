import type { Page } from '@playwright/test';
import type { StoredDraft } from '../../src/features/studio/draft-storage';

/**
 * Stores `draft` in the page's IndexedDB where the studio keeps drafts (idb-keyval's database
 * and store), for a bench or a test to open it at /studio?draft=<id>.
 */
export async function storeDraft(page: Page, draft: StoredDraft): Promise<void> {
  await page.evaluate(
    (stored) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('debate-studio');
        request.onupgradeneeded = () => request.result.createObjectStore('drafts');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const tx = request.result.transaction('drafts', 'readwrite');
          tx.objectStore('drafts').put(stored, stored.id);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    draft,
  );
}
