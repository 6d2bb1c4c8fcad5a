import { useDebateView, useSpeakerName } from '@/lib/debate-view/debate-context';
import { useLocale } from '@/lib/i18n/use-locale';
import { useText } from '@/lib/i18n/use-text';
import { paths } from '@/lib/paths';
import { useReadingAddress } from '@/lib/reading-address';
import type { CiteTarget } from '@/ui/cite-slot';
import type { CitationInput, CitationKind, Reading } from './citation-item';
import { citeWords, type CiteWords } from './cite-words';

function targetPath(target: CiteTarget): string {
  switch (target.kind) {
    case 'debate':
      return paths.overview();
    case 'topic':
      return paths.topic(target.topicId);
    case 'stance':
    case 'quote':
      return paths.stance(target.topicId, target.speakerId);
  }
}

/** What a citation of `target` is made from, as this reader reads it, accessed `accessed`. */
export function useCitationInput(
  target: CiteTarget,
  kind: CitationKind,
  accessed: Date,
): { input: CitationInput; words: CiteWords } {
  const { debate, chinese, chineseTag } = useDebateView();
  const { language } = useLocale();
  const speakerName = useSpeakerName();
  const words = citeWords(useText());
  const address = useReadingAddress();
  const reading: Reading =
    language === 'en' ? 'en' : chineseTag === 'zh-Hans' ? 'zh-Hans' : 'zh-Hant';
  const hash = target.kind === 'quote' ? target.quoteId : undefined;
  return {
    input: {
      debate,
      chinese,
      reading,
      target,
      kind,
      speakerName,
      url: address(targetPath(target), hash),
      accessed,
      words,
    },
    words,
  };
}
