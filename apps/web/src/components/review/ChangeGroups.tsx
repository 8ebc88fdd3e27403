import { Link } from 'react-router';
import { formatDate } from '../../lib/format';
import type { ChangeGroupView } from '../../lib/review';

/** A chip per group with its count, linking down to the group. */
export function GroupIndex({ groups, label }: { groups: ChangeGroupView[]; label: string }) {
  return (
    <nav aria-label={label} className="group-index">
      <ul>
        {groups.map((group) => (
          <li key={group.group}>
            <a href={`#group-${group.group}`} className={`group-chip group-${group.tone}`}>
              {group.label} <strong>{group.items.length}</strong>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Each group under its heading with a count; every item links to its model. */
export function ChangeGroups({ groups }: { groups: ChangeGroupView[] }) {
  return (
    <>
      {groups.map((group) => (
        <section
          key={group.group}
          id={`group-${group.group}`}
          className={`change-group panel group-panel-${group.tone}`}
          aria-labelledby={`group-${group.group}-title`}
          data-group={group.group}
        >
          <h3 id={`group-${group.group}-title`}>
            {group.label} <span className="group-count">({group.items.length})</span>
          </h3>
          <ul className="change-list">
            {group.items.map((item, index) => (
              <li key={`${item.modelId}-${index}`}>
                <Link to={`/models/${item.modelId}`} className="change-model">
                  {item.modelName || 'Unnamed model'}
                </Link>
                <span className="change-summary">{item.summary}</span>
                <time className="change-at muted" dateTime={item.at}>
                  {formatDate(item.at)}
                </time>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
