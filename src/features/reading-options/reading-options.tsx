import type { MouseEvent } from 'react';
import { useLocation } from 'react-router';
import { useReading } from '@/lib/i18n/use-locale';
import { useText } from '@/lib/i18n/use-text';
import { readingHref, readingTag, type Reading } from '@/lib/reading';
import { rememberReading } from '@/lib/reading-choice';
import { useHydrated } from '@/lib/use-hydrated';

// Each option is named in its own language and script, whatever the page's, so a reader
// finds the one they can read.
const options: { reading: Reading; label: string }[] = [
  { reading: 'zh-hant', label: '繁體' },
  { reading: 'zh-hans', label: '简体' },
  { reading: 'en', label: 'English' },
];

const basePath = import.meta.env.BASE_URL;

/**
 * The reading switch: links to this page in each reading, at the reading's own address, with
 * the query and fragment. Following one keeps the choice for the default address (/…), which
 * then opens in it. As links, they work before the page's script and open in a new tab.
 */
export function ReadingOptions() {
  const t = useText();
  const current = useReading();
  const { pathname, search, hash } = useLocation();
  // The prerendered page knows its path only: the query and fragment join once it is live.
  const here = useHydrated() ? `${pathname}${search}${hash}` : pathname;

  const choose = (reading: Reading) => (event: MouseEvent<HTMLAnchorElement>) => {
    rememberReading(reading);
    // The fragment may have moved since the last render (a link within the page).
    event.currentTarget.href = readingHref(
      basePath,
      reading,
      `${pathname}${search}${location.hash}`,
    );
  };

  return (
    <div role="group" aria-label={t.readingSwitch} className="reading-options segmented">
      {options.map(({ reading, label }) => (
        <a
          key={reading}
          href={readingHref(basePath, reading, here)}
          lang={readingTag[reading]}
          hrefLang={readingTag[reading]}
          aria-current={reading === current ? 'true' : undefined}
          onClick={choose(reading)}
        >
          {label}
        </a>
      ))}
    </div>
  );
}
