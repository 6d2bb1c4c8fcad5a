import { useSearchParams } from 'react-router';
import { scriptTag, type Script, type UiLanguage } from '@/lib/i18n/locale';
import { useLocale } from '@/lib/i18n/use-locale';
import { useText } from '@/lib/i18n/use-text';
import { usePreferenceEvents } from '@/lib/preferences';

// Each option is named in its own language and script, whatever the interface's, so a
// reader finds the one they can read.
const scriptOptions: { value: Script; label: string }[] = [
  { value: 'hant', label: '繁體' },
  { value: 'hans', label: '简体' },
];

/** The 繁/简 switch and the 中文/English switch. Choices are kept across visits. */
export function ReadingOptions() {
  const t = useText();
  const { script, language } = useLocale();
  const { scriptChosen, languageChosen } = usePreferenceEvents();
  const [params, setParams] = useSearchParams();

  // A link's ?script= or ?lang= wins over the stored choice, so choosing drops it from the
  // URL; what the reader now sees is what they chose.
  function dropParam(name: string) {
    if (!params.has(name)) return;
    setParams(
      (current) => {
        current.delete(name);
        return current;
      },
      { replace: true, preventScrollReset: true },
    );
  }
  const chooseScript = (value: Script) => {
    scriptChosen(value);
    dropParam('script');
  };
  const chooseLanguage = (value: UiLanguage) => {
    languageChosen(value);
    dropParam('lang');
  };

  return (
    <div className="reading-options">
      <div role="group" aria-label={t.scriptSwitch} className="segmented">
        {scriptOptions.map((option) => (
          <button
            key={option.value}
            type="button"
            lang={scriptTag(option.value)}
            aria-pressed={script === option.value}
            onClick={() => chooseScript(option.value)}
          >
            {option.label}
          </button>
        ))}
      </div>
      <div role="group" aria-label={t.languageSwitch} className="segmented">
        <button
          type="button"
          lang={scriptTag(script)}
          aria-pressed={language === 'zh'}
          onClick={() => chooseLanguage('zh')}
        >
          中文
        </button>
        <button
          type="button"
          lang="en"
          aria-pressed={language === 'en'}
          onClick={() => chooseLanguage('en')}
        >
          English
        </button>
      </div>
    </div>
  );
}
