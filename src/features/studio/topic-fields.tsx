import { useDraftSelector } from './draft-context';
import { removeItem } from './draft-edits';
import { DraftField, FieldGroup } from './draft-field';
import { useStudioText } from './use-studio-text';

/** The topics: heading, question and the axis' two poles, with their English. */
export function TopicFields() {
  const dispatch = useDraftSelector((d) => d.dispatch);
  const topics = useDraftSelector((d) => d.state.debate.topics);
  const s = useStudioText();
  const f = s.fields;
  return (
    <>
      {topics.map((topic, i) => {
        const at = (...rest: string[]) => ['topics', i, ...rest];
        return (
          <FieldGroup key={i} title={topic.heading || s.topicN(i + 1)}>
            <DraftField path={at('id')} label={f.id} />
            <DraftField path={at('heading')} label={f.heading} />
            <DraftField path={at('subheading')} label={f.subheading} />
            <DraftField path={at('question')} label={f.question} />
            <DraftField path={at('axis', 'from')} label={f.axisFrom} />
            <DraftField path={at('axis', 'to')} label={f.axisTo} />
            <DraftField path={at('en', 'heading')} label={f.enHeading} optional />
            <DraftField path={at('en', 'subheading')} label={f.enSubheading} optional />
            <DraftField path={at('en', 'question')} label={f.enQuestion} optional />
            <DraftField path={at('en', 'axis', 'from')} label={f.enAxisFrom} optional />
            <DraftField path={at('en', 'axis', 'to')} label={f.enAxisTo} optional />
            <button
              type="button"
              className="quiet-button"
              onClick={() => dispatch({ type: 'edit', edit: (d) => removeItem(d, 'topics', i) })}
            >
              {s.remove} {topic.heading || s.topicN(i + 1)}
            </button>
          </FieldGroup>
        );
      })}
    </>
  );
}
