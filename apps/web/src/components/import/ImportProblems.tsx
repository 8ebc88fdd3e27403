import type { ImportProblem } from '@mmt/domain';
import { problemLocation, problemParts } from '../../lib/imports';

/** One problem: its column in code type, then the message. */
export function ProblemText({ problem }: { problem: Pick<ImportProblem, 'column' | 'message'> }) {
  const { column, text } = problemParts(problem);
  return (
    <>
      {column && <code className="problem-column">{column}</code>}
      {text}
    </>
  );
}

/** Problems not tied to a row of the table (the file itself), each with where it is. */
export function ProblemList({ problems, limit = 100 }: { problems: readonly ImportProblem[]; limit?: number }) {
  const shown = problems.slice(0, limit);
  return (
    <ul className="problem-list">
      {shown.map((problem, index) => (
        <li key={`${problem.row}-${problem.column}-${index}`}>
          <span className="problem-where">{problemLocation(problem)}:</span> <ProblemText problem={problem} />
        </li>
      ))}
      {problems.length > shown.length && <li className="muted">…and {problems.length - shown.length} more.</li>}
    </ul>
  );
}
