import { memo, type ReactNode } from 'react';
import { useDraftSelector } from './draft-context';
import { addSpeaker, addTopic } from './draft-edits';
import {
  AboutFields,
  ChangelogFields,
  EnglishFields,
  LimitationFields,
  RelationFields,
} from './debate-fields';
import { PointFields } from './point-fields';
import { SpeakerFields } from './speaker-fields';
import { StanceFields } from './stance-fields';
import { TopicFields } from './topic-fields';
import { useStudioText } from './use-studio-text';

function Section({
  title,
  children,
  open,
  id,
}: {
  title: string;
  children: ReactNode;
  open?: boolean;
  id?: string;
}) {
  return (
    <details className="studio-section" open={open} id={id}>
      <summary>
        <h3>{title}</h3>
      </summary>
      {children}
    </details>
  );
}

/**
 * Everything the format holds, as fields; each problem shows under its field. Memo: the
 * editor renders again on every change, and each list below decides for itself.
 */
export const ModelPane = memo(function ModelPane() {
  const dispatch = useDraftSelector((d) => d.dispatch);
  const s = useStudioText();
  return (
    <section className="studio-model" aria-labelledby="studio-model-heading">
      <h2 id="studio-model-heading">{s.modelHeading}</h2>
      <Section title={s.debateSection} open>
        <AboutFields />
      </Section>
      <Section title={s.speakersSection} open>
        <SpeakerFields />
        <button type="button" onClick={() => dispatch({ type: 'edit', edit: addSpeaker })}>
          {s.addSpeaker}
        </button>
      </Section>
      <Section title={s.topicsSection} open>
        <TopicFields />
        <button type="button" onClick={() => dispatch({ type: 'edit', edit: addTopic })}>
          {s.addTopic}
        </button>
      </Section>
      <Section title={s.stancesSection} open>
        <StanceFields />
      </Section>
      <Section title={s.relationsSection}>
        <RelationFields />
      </Section>
      <Section title={s.pointsSection} id="studio-points">
        <PointFields />
      </Section>
      <Section title={s.englishSection} id="studio-english">
        <EnglishFields />
      </Section>
      <Section title={s.limitationsSection}>
        <LimitationFields />
      </Section>
      <Section title={s.changelogSection}>
        <ChangelogFields />
      </Section>
    </section>
  );
});
