import type { DescribedProblem } from './described-problems';
import { fieldId, pathAndParents } from './draft-path';
import { revealGroups } from './lazy-field-group';
import { useCheckText } from './use-check-text';
import { useStudioText } from './use-studio-text';

/** Focuses the field a problem is about, or the nearest one above it, opening its section. */
export function focusField(path: string) {
  revealGroups(pathAndParents(path));
  for (const candidate of pathAndParents(path)) {
    const field = document.getElementById(fieldId(candidate));
    if (!field) continue;
    const section = field.closest('details');
    if (section) section.open = true;
    field.focus();
    field.scrollIntoView({ block: 'center' });
    return;
  }
}

/** Every problem the checks find, each a link to its field. */
export function ProblemList({
  problems,
  checking,
}: {
  problems: readonly DescribedProblem[];
  checking: boolean;
}) {
  const s = useStudioText();
  const say = useCheckText();
  return (
    <section className="studio-problems" aria-labelledby="studio-problems-heading">
      <h2 id="studio-problems-heading">
        {s.problemsHeading(problems.length)}
        {checking && <span className="hint"> {s.checking}</span>}
      </h2>
      {problems.length === 0 ? (
        <p>{s.problemsNone}</p>
      ) : (
        <ul>
          {problems.map((p, i) => (
            <li key={`${p.path}:${i}`}>
              <a
                href={`#${fieldId(p.path)}`}
                onClick={(e) => {
                  e.preventDefault();
                  focusField(p.path);
                }}
              >
                {p.place ? say.join(p.place, p.text) : p.text}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
