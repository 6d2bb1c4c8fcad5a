import { fromRange, toRange } from 'dom-anchor-text-position';
import { memo, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useDraftSelector } from './draft-context';
import { addQuote } from './draft-edits';
import { SelectByLineForm } from './select-by-line-form';
import { lineAndColumn, quoteAt, quoteSpans, sourceLines, type SourceLine } from './source-lines';
import { revealGroups } from './lazy-field-group';
import { quoteBlockId, quoteGroupKey } from './stance-fields';
import { selectByKey, selectionRange, type TextSelection } from './text-selection';
import { useStudioText } from './use-studio-text';

/** Opens the model pane where a quote is edited, and moves focus there. */
export function focusQuote(quoteId: string) {
  revealGroups([quoteGroupKey(quoteId)]);
  const block = document.getElementById(quoteBlockId(quoteId));
  const section = block?.closest('details');
  if (section) section.open = true;
  block?.focus();
  block?.scrollIntoView({ block: 'center' });
}

// The text's DOM holds exactly the source (line numbers are CSS counters), so the library's
// offsets within it are the source's UTF-16 offsets.
const SourceText = memo(function SourceText({ lines }: { lines: SourceLine[] }) {
  return lines.map((line) => (
    <div className="studio-line" key={line.number}>
      {line.segments.map((seg) =>
        seg.quoteId ? (
          <mark key={seg.start} data-quote-id={seg.quoteId}>
            {seg.text}
          </mark>
        ) : (
          seg.text
        ),
      )}
      {'\n'}
    </div>
  ));
});

/**
 * The source with line numbers and every quote highlighted; selecting in it adds a quote.
 * Memo: the editor renders again on every change, and the pane only needs its own parts.
 */
export const SourcePane = memo(function SourcePane() {
  // From the store: typing in a field of the model leaves the source pane as it is.
  const dispatch = useDraftSelector((d) => d.dispatch);
  const source = useDraftSelector((d) => d.state.source);
  const stances = useDraftSelector((d) => d.state.debate.stances);
  const speakers = useDraftSelector((d) => d.state.debate.speakers);
  const topics = useDraftSelector((d) => d.state.debate.topics);
  const language = useDraftSelector((d) => d.state.debate.language);
  const s = useStudioText();
  const spans = useMemo(() => quoteSpans({ stances }, source), [stances, source]);
  // Typing in a field changes the debate but not where its quotes are: the text stays as drawn.
  const spansKey = spans.map((q) => `${q.id}:${q.start}:${q.end}`).join();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- spansKey stands for spans
  const lines = useMemo(() => sourceLines(source, spans), [source, spansKey]);
  const text = useRef<HTMLDivElement>(null);
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const [speakerId, setSpeakerId] = useState('');
  const [topicId, setTopicId] = useState('');
  const [announcement, setAnnouncement] = useState('');
  // The offsets the page's selection was last set to from here, so its echo is ignored.
  const mirrored = useRef<string | null>(null);

  // A selection made with the mouse (or any other way the browser selects) becomes ours.
  useEffect(() => {
    const onChange = () => {
      const root = text.current;
      const sel = document.getSelection();
      if (!root || !sel || sel.rangeCount === 0) return;
      const range = sel.getRangeAt(0);
      if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return;
      const { start, end } = fromRange(root, range);
      if (mirrored.current === `${start}:${end}`) return;
      mirrored.current = null;
      if (start !== end) setSelection({ anchor: start, focus: end });
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, []);

  const select = (next: TextSelection) => {
    setSelection(next);
    const root = text.current;
    const sel = document.getSelection();
    if (!root || !sel) return;
    const { start, end } = selectionRange(next);
    mirrored.current = `${start}:${end}`;
    sel.removeAllRanges();
    sel.addRange(toRange(root, { start, end }));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const current = selection ?? { anchor: 0, focus: 0 };
    if (event.key === 'Enter') {
      const quoteId = quoteAt(spans, current.focus);
      if (quoteId) {
        event.preventDefault();
        focusQuote(quoteId);
      }
      return;
    }
    const next = selectByKey(source, current, event);
    if (!next) return;
    event.preventDefault();
    select(next);
  };

  const chosenSpeaker = speakers.some((sp) => sp.id === speakerId) ? speakerId : speakers[0]?.id;
  const chosenTopic = topics.some((t) => t.id === topicId) ? topicId : topics[0]?.id;
  const range = selection && selectionRange(selection);
  const selected = range && range.end > range.start ? range : null;

  const add = () => {
    if (!selected || !chosenSpeaker || !chosenTopic) return;
    dispatch({
      type: 'edit',
      edit: (d) =>
        addQuote(d, { ...selected, speakerId: chosenSpeaker, topicId: chosenTopic }).state,
    });
    setAnnouncement(s.quoteAdded(source.slice(selected.start, selected.end)));
    setSelection(null);
    document.getSelection()?.removeAllRanges();
  };

  const status = (() => {
    if (!selection) return s.nothingSelected;
    if (!selected) {
      const at = lineAndColumn(source, selection.focus);
      return s.caret(at.line, at.column);
    }
    const from = lineAndColumn(source, selected.start);
    const to = lineAndColumn(source, selected.end - 1);
    const excerpt = source.slice(selected.start, selected.end);
    const shown = excerpt.length > 40 ? `${excerpt.slice(0, 40)}…` : excerpt;
    return from.line === to.line
      ? s.selection(from.line, from.column, to.column, shown)
      : s.selection(from.line, from.column, from.column + excerpt.length - 1, shown);
  })();

  return (
    <section className="studio-source" aria-labelledby="studio-source-heading">
      <h2 id="studio-source-heading">{s.sourceHeading}</h2>
      <p className="hint" id="studio-source-help">
        {s.sourceHelp}
      </p>
      <div
        ref={text}
        className="studio-source-text"
        // A read-only text box: readers read it, the caret moves through it and selects.
        role="textbox"
        aria-readonly="true"
        aria-multiline="true"
        aria-label={s.sourceRegion}
        aria-describedby="studio-source-help"
        tabIndex={0}
        lang={language}
        onKeyDown={onKeyDown}
        onClick={(e) => {
          const mark = (e.target as HTMLElement).closest('mark');
          const id = mark?.getAttribute('data-quote-id');
          if (id && document.getSelection()?.isCollapsed !== false) focusQuote(id);
        }}
      >
        <SourceText lines={lines} />
      </div>
      <p className="studio-status" aria-live="polite">
        {status}
      </p>
      <SelectByLineForm
        source={source}
        onSelect={(r) => select({ anchor: r.start, focus: r.end })}
      />
      <fieldset className="studio-group">
        <legend>{s.addQuoteHeading}</legend>
        {speakers.length === 0 || topics.length === 0 ? (
          <p className="hint">{s.needSpeakerAndTopic}</p>
        ) : (
          <div className="studio-row">
            <div className="studio-field">
              <label htmlFor="studio-new-quote-speaker">{s.speaker}</label>
              <select
                id="studio-new-quote-speaker"
                value={chosenSpeaker}
                onChange={(e) => setSpeakerId(e.target.value)}
              >
                {speakers.map((sp) => (
                  <option key={sp.id} value={sp.id}>
                    {sp.name.hant || sp.id}
                  </option>
                ))}
              </select>
            </div>
            <div className="studio-field">
              <label htmlFor="studio-new-quote-topic">{s.topic}</label>
              <select
                id="studio-new-quote-topic"
                value={chosenTopic}
                onChange={(e) => setTopicId(e.target.value)}
              >
                {topics.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.heading || t.id}
                  </option>
                ))}
              </select>
            </div>
            <button type="button" onClick={add} aria-disabled={!selected || undefined}>
              {s.addQuote}
            </button>
          </div>
        )}
        {!selected && speakers.length > 0 && topics.length > 0 && (
          <p className="hint">{s.needSelection}</p>
        )}
        <p className="visually-hidden" aria-live="polite">
          {announcement}
        </p>
      </fieldset>
    </section>
  );
});
