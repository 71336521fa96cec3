import type { StorageNotice } from '../../app/persistence';
import type { Problem } from '../../core/problems';
import { el } from '../widgets/dom';
import { problemNotice } from './problemList';

/** What the start-up notices need. */
export interface StartupNoticesProps {
  /** Saved progress that needs the learner's decision, if any. */
  storage: StorageNotice | null;
  /** Problems found loading the questions or the map. */
  loadProblems: readonly Problem[];
  /** How many questions loaded. */
  questions: number;
  /** The learner decided what to do with unreadable progress (the notice can go). */
  onDecided(): void;
  /** Shows a warning that stays. */
  warn(message: string): void;
}

/**
 * The menu's notices: unreadable saved progress with the learner's choices (nothing is changed until they
 * choose), and questions that could not be loaded.
 */
export function startupNotices(props: StartupNoticesProps): HTMLElement[] {
  const notices: HTMLElement[] = [];
  const storage = props.storage;
  if (storage?.kind === 'unreadable') {
    notices.push(
      problemNotice({
        title: 'Your saved progress could not be read',
        problems: storage.problems,
        outcome: 'Nothing has been changed or deleted. Choose how to go on:',
        actions: [
          el('button', {
            text: 'Play without saving',
            attrs: { type: 'button' },
            onClick: () => {
              storage.keepWithoutSaving();
              props.warn('Progress is not being saved this session; your earlier saved data is untouched.');
              props.onDecided();
            },
          }),
          storage.setAsideAndRestore
            ? el('button', {
                text: 'Set it aside and continue from the last good save',
                attrs: { type: 'button' },
                onClick: () => {
                  void storage
                    .setAsideAndRestore?.()
                    .catch((error: unknown) =>
                      props.warn(`Could not restore the last good save: ${String(error)}`),
                    );
                },
              })
            : null,
          el('button', {
            text: 'Download the unreadable data',
            attrs: { type: 'button' },
            onClick: () => storage.download(),
          }),
          el('button', {
            text: 'Set it aside and start fresh',
            attrs: { type: 'button' },
            onClick: () => {
              void storage.setAsideAndStartFresh().then(
                () => props.onDecided(),
                (error: unknown) => props.warn(`Could not set the old data aside: ${String(error)}`),
              );
            },
          }),
        ],
      }),
    );
  }
  if (props.loadProblems.length > 0) {
    notices.push(
      problemNotice({
        title: 'Some questions could not be loaded',
        problems: props.loadProblems,
        outcome: `The game goes on with the ${props.questions} questions that loaded.`,
      }),
    );
  }
  return notices;
}
