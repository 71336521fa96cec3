import { type Problem, formatProblem } from '../../core/problems';
import { el } from '../widgets/dom';

/** Most problems listed before the rest are summarised, so a badly broken file cannot flood the page. */
const MAX_LISTED = 12;

/**
 * A notice listing problems with files or saved data: a heading that says what happened, one line per
 * problem naming file, line and field, and an optional explanation of what the game did about it.
 */
export function problemNotice(options: {
  title: string;
  problems: readonly Problem[];
  outcome?: string;
  tone?: 'error' | 'warning';
  actions?: (HTMLElement | null)[];
}): HTMLElement {
  const listed = options.problems.slice(0, MAX_LISTED);
  const rest = options.problems.length - listed.length;
  const id = `notice-${Math.random().toString(36).slice(2, 8)}`;
  return el(
    'section',
    {
      className: `notice notice-${options.tone ?? 'error'}`,
      attrs: { role: 'alert', 'aria-labelledby': id },
    },
    [
      el('h2', { text: options.title, attrs: { id } }),
      el(
        'ul',
        {},
        listed.map((problem) => el('li', { text: formatProblem(problem) })),
      ),
      rest > 0 ? el('p', { text: `…and ${rest} more.` }) : null,
      options.outcome ? el('p', { text: options.outcome }) : null,
      options.actions && options.actions.length > 0
        ? el('div', { className: 'actions' }, options.actions)
        : null,
    ],
  );
}
