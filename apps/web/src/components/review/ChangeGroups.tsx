import { useState } from 'react';
import { Link } from 'react-router';
import type { ChangeItem } from '@mmt/domain';
import { useChangeGroupPages } from '../../api/reviews';
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
              {group.label} <strong>{group.total}</strong>
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
        <ChangeGroupSection key={group.group} group={group} />
      ))}
    </>
  );
}

/** A group's first items; a long group offers the rest, loaded a page at a time. */
function ChangeGroupSection({ group }: { group: ChangeGroupView }) {
  const [showAll, setShowAll] = useState(false);
  const pages = useChangeGroupPages(group.group, showAll);
  const loaded = pages.data?.pages.flatMap((page) => page.items);
  const items = showAll && loaded ? loaded : group.items;
  const hidden = group.total - items.length;
  return (
    <section
      id={`group-${group.group}`}
      className={`change-group panel group-panel-${group.tone}`}
      aria-labelledby={`group-${group.group}-title`}
      data-group={group.group}
    >
      <h3 id={`group-${group.group}-title`}>
        {group.label} <span className="group-count">({group.total})</span>
      </h3>
      <ul className="change-list">
        {items.map((item, index) => (
          <ChangeLine key={`${item.modelId}-${index}`} item={item} />
        ))}
      </ul>
      {hidden > 0 && (
        <button
          type="button"
          className="button"
          disabled={pages.isFetching}
          onClick={() => (showAll ? void pages.fetchNextPage() : setShowAll(true))}
        >
          {pages.isFetching ? 'Loading…' : showAll ? `Show more (${hidden} left)` : `Show all ${group.total}`}
        </button>
      )}
      {pages.isError && <p role="alert">Could not load the rest of this group.</p>}
    </section>
  );
}

function ChangeLine({ item }: { item: ChangeItem }) {
  return (
    <li>
      <Link to={`/models/${item.modelId}`} className="change-model">
        {item.modelName || 'Unnamed model'}
      </Link>
      <span className="change-summary">{item.summary}</span>
      <time className="change-at muted" dateTime={item.at}>
        {formatDate(item.at)}
      </time>
    </li>
  );
}
