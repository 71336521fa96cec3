import type { Flashcard } from '../../core/model/pack';
import type { BankEntry } from '../../core/packs/questionBank';
import { citationElement } from '../widgets/citation';
import { formatInterval, type RatingPreview } from '../../core/review/cards';
import type { StudyNext } from '../../core/review/study';
import { Rating, type RatingValue } from '../../core/review/rating';
import { el, focusHeading, isTyping } from '../widgets/dom';
import { figureNotes } from '../widgets/figureNotes';

/** The four rating buttons, in key order. */
const RATINGS: { value: RatingValue; label: string; key: string; hint: string }[] = [
  { value: Rating.Again, label: 'Again', key: '1', hint: 'I did not remember it' },
  { value: Rating.Hard, label: 'Hard', key: '2', hint: 'I remembered it with difficulty' },
  { value: Rating.Good, label: 'Good', key: '3', hint: 'I remembered it' },
  { value: Rating.Easy, label: 'Easy', key: '4', hint: 'I remembered it at once' },
];

/** What the study screen needs: the next card, the card text, and where to send the learner's intents. */
export interface StudyScreenDeps {
  /** What to show next, computed from the current state and time. */
  next(): StudyNext;
  /** The question behind a card, with its pack (for the explanation and source). */
  entry(questionId: string): BankEntry | undefined;
  /** The card's two faces. */
  face(entry: BankEntry): Flashcard;
  /** What each rating would do to the card now. */
  preview(questionId: string): RatingPreview;
  /** Whether the last rating can be undone. */
  canUndo(): boolean;
  /** The learner rated the card shown. */
  onRate(questionId: string, rating: RatingValue): void;
  /** The learner took back the last rating. */
  onUndo(): void;
  /** The learner left the screen. */
  onExit(): void;
  /** Current time, for "next card due at". */
  now(): number;
}

/**
 * The flashcard screen: the front of the next due card, then (Space, Enter or "Show answer") its back with
 * the explanation and source, and four rating buttons labelled with the interval each leads to. Keys:
 * Space flips, 1–4 rate, U undoes the last rating. Cards come from the due queue across all packs.
 */
export class StudyScreen {
  readonly element: HTMLElement;
  private readonly body: HTMLElement;
  private readonly counts: HTMLElement;
  private readonly undoButton: HTMLButtonElement;
  private shown: { questionId: string; flipped: boolean } | null = null;

  constructor(private readonly deps: StudyScreenDeps) {
    this.counts = el('p', { className: 'study-counts' });
    this.undoButton = el('button', {
      text: 'Undo last rating',
      attrs: { type: 'button', 'aria-keyshortcuts': 'U', title: 'Undo the last rating (U)' },
      onClick: () => this.undo(),
    });
    this.body = el('div', { className: 'study-body' });
    this.element = el(
      'section',
      { className: 'screen study-screen', attrs: { 'aria-labelledby': 'study-title' } },
      [
        el('header', { className: 'study-bar' }, [
          el('button', { text: 'Back to menu', attrs: { type: 'button' }, onClick: () => deps.onExit() }),
          el('h1', { text: 'Flashcards', attrs: { id: 'study-title' } }),
          this.undoButton,
        ]),
        this.counts,
        this.body,
      ],
    );
  }

  /** Shows the next due card (front side), or the end of today's queue. */
  showNext(): void {
    const study = this.deps.next();
    this.renderCounts(study);
    this.undoButton.hidden = !this.deps.canUndo();
    const entry = study.next ? this.deps.entry(study.next.questionId) : undefined;
    if (!study.next || !entry) {
      this.shown = null;
      this.renderDone(study);
      return;
    }
    this.shown = { questionId: study.next.questionId, flipped: false };
    this.renderCard(entry, study.next.reason, false);
  }

  /** Handles Space/Enter (flip), 1–4 (rate) and U (undo); returns true when the key was used. */
  handleKey(event: KeyboardEvent): boolean {
    if (isTyping(event) || event.altKey || event.ctrlKey || event.metaKey) return false;
    const onButton = (event.target as HTMLElement | null)?.tagName === 'BUTTON';
    if (event.key === 'u' || event.key === 'U') {
      if (!this.deps.canUndo()) return false;
      this.undo();
      return true;
    }
    if (!this.shown) return false;
    if (!this.shown.flipped && !onButton && (event.key === ' ' || event.key === 'Enter')) {
      this.flip();
      return true;
    }
    const rating = RATINGS.find((item) => item.key === event.key);
    if (this.shown.flipped && rating) {
      this.rate(rating.value);
      return true;
    }
    return false;
  }

  private flip(): void {
    if (!this.shown || this.shown.flipped) return;
    const entry = this.deps.entry(this.shown.questionId);
    if (!entry) return;
    this.shown.flipped = true;
    this.renderCard(entry, undefined, true);
  }

  private rate(rating: RatingValue): void {
    if (!this.shown?.flipped) return;
    this.deps.onRate(this.shown.questionId, rating);
    this.showNext();
  }

  private undo(): void {
    this.deps.onUndo();
    this.showNext();
  }

  private renderCounts(study: StudyNext): void {
    const { new: fresh, learning, review } = study.remaining;
    this.counts.textContent = `Left today: ${fresh} new · ${learning} learning · ${review} to review`;
  }

  private renderCard(entry: BankEntry, reason: string | undefined, flipped: boolean): void {
    const face = this.deps.face(entry);
    const kind = reason ? el('p', { className: 'study-kind', text: reasonLabel(reason) }) : null;
    const front = el('h2', { className: 'card-front', text: face.front, attrs: { id: 'card-front' } });
    const card = el('article', { className: 'flashcard', attrs: { 'aria-labelledby': 'card-front' } }, [
      kind,
      front,
    ]);
    if (!flipped) {
      const flipButton = el('button', {
        className: 'primary',
        text: 'Show answer',
        attrs: { type: 'button', 'aria-keyshortcuts': 'Space', title: 'Show answer (Space)' },
        onClick: () => this.flip(),
      });
      this.body.replaceChildren(card, el('div', { className: 'study-actions' }, [flipButton]));
      focusHeading(front);
      return;
    }
    card.append(el('p', { className: 'card-back', text: face.back, attrs: { id: 'card-back' } }));
    if (entry.question.explanation)
      card.append(el('p', { className: 'explanation', text: entry.question.explanation }));
    card.append(...figureNotes(entry));
    const citation = citationElement(entry);
    if (citation) card.append(citation);
    const preview = this.deps.preview(entry.question.id);
    const buttons = RATINGS.map((rating) =>
      el(
        'button',
        {
          className: `rate rate-${rating.label.toLowerCase()}`,
          attrs: {
            type: 'button',
            'aria-keyshortcuts': rating.key,
            title: `${rating.hint} (key ${rating.key})`,
            'aria-label': `${rating.label}, next in ${formatInterval(preview[rating.value].intervalMs)}`,
          },
          onClick: () => this.rate(rating.value),
        },
        [
          el('span', { className: 'rate-label', text: rating.label }),
          el('span', { className: 'rate-interval', text: formatInterval(preview[rating.value].intervalMs) }),
          el('kbd', { text: rating.key }),
        ],
      ),
    );
    const group = el(
      'div',
      { className: 'rating-buttons', attrs: { role: 'group', 'aria-label': 'How well did you remember?' } },
      buttons,
    );
    this.body.replaceChildren(card, group);
    focusHeading(front);
    front.setAttribute('aria-describedby', 'card-back');
  }

  private renderDone(study: StudyNext): void {
    const heading = el('h2', { text: 'All done for today', attrs: { id: 'study-done' } });
    const later =
      study.laterLearningDue !== undefined
        ? `A card you are learning comes back in ${formatInterval(study.laterLearningDue - this.deps.now())}.`
        : 'Come back tomorrow for the cards that fall due, or play regions on the map to meet new questions.';
    this.body.replaceChildren(el('div', { className: 'study-done' }, [heading, el('p', { text: later })]));
    focusHeading(heading);
  }
}

/** Why a card is shown, in words. */
function reasonLabel(reason: string): string {
  if (reason === 'new') return 'New card';
  if (reason === 'learning') return 'Learning';
  return 'Review';
}
