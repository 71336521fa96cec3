import type { BankEntry } from '../../core/packs/questionBank';
import { citationElement } from '../widgets/citation';
import type { GradeContext } from '../../core/questions/grading';
import type { DiffPart } from '../../core/quiz/textMatch';
import type { Response } from '../../core/questions/responses';
import type { MapMark } from '../../core/map/mapView';
import type { Question } from '../../core/model/pack';
import { gradeResponse } from '../../core/quiz/grade';
import type { AnswerInput } from '../answers/answerView';
import { answerHint } from '../answers/controls';
import { answerViewOf } from '../answers/registry';
import { type Round, type RoundResult, currentQuestion, currentStreak } from '../../core/quiz/round';
import { timeLimitMs } from '../../core/quiz/timed';
import { PASS_MARK } from '../../core/map/progression';
import { roundScore } from '../../core/quiz/round';
import { el, focusHeading, isTyping } from '../widgets/dom';
import { figureNotes } from '../widgets/figureNotes';

/** The answer as it is spelled, with the letters the player missed or got wrong marked. */
function spelling(diff: readonly DiffPart[]): (string | HTMLElement)[] {
  return diff
    .filter((part) => part.kind !== 'extra')
    .map((part) => (part.kind === 'same' ? part.text : el('mark', { text: part.text })));
}

/** What the quiz panel needs: lookups, and where to send the player's intents. */
export interface QuizPanelDeps {
  /** Finds a question and its pack. */
  question(questionId: string): BankEntry | undefined;
  /** Display name of a region. */
  regionName(regionId: string): string;
  /** Whether the region was already cleared before this round (for the results wording). */
  wasCleared(regionId: string): boolean;
  /** The player answered the current question. */
  onAnswer(response: Response): void;
  /** The player asked for the next question (or the results). */
  onNext(): void;
  /** The player closed the results. */
  onBackToMap(): void;
  /** Whether another round of the same kind can be played (else "Play again" is not offered). */
  canPlayAgain(): boolean;
  /** The player wants another round of the same kind. */
  onPlayAgain(): void;
  /** The player wants to go over the questions missed in this round again. */
  onReviewMissed(): void;
  /** Downloads the results of a pack round, for handing in (offered only for pack rounds). */
  onExportResults?(learner: string, kind: 'csv' | 'json'): void;
  /** Current time, epoch ms (for the timed-mode countdown). */
  now(): number;
  /** What grading needs now: the map's projection for places, the course's known answers for typed text. */
  gradeContext?(): GradeContext;
  /** The numbered marks the map shows for a place question (the keyboard's way to answer it). */
  marks?(question: Question): readonly MapMark[];
  /**
   * Says a short message through the page's live region. The panel announces what focus does not read
   * out: the question's number when it appears (focus reads its prompt) and the score after an answer
   * (focus reads the verdict), so nothing is said twice.
   */
  announce?(message: string): void;
}

/** "1 point", "3.5 points". */
function pointsText(points: number): string {
  return `${points} ${points === 1 ? 'point' : 'points'}`;
}

/**
 * The question panel over the map: a question with its options, then feedback (verdict, right answer,
 * explanation, source), then the results of the round. Real DOM, so it is readable by screen readers and
 * playable by keyboard: 1–9 pick an option (T and F too, for true/false), Enter goes on.
 */
export class QuizPanel {
  readonly element: HTMLElement;
  private renderedKey = '';
  private round: Round | null = null;
  private input: AnswerInput | undefined;
  private countdown: number | undefined;

  constructor(private readonly deps: QuizPanelDeps) {
    this.element = el('section', { className: 'quiz-panel', attrs: { 'aria-labelledby': 'quiz-heading' } });
    this.element.hidden = true;
  }

  /** Shows `round` (or hides the panel for null); re-renders only when the question or phase changed. */
  update(round: Round | null): void {
    this.round = round;
    // The time shown joins the key: a question coming back from a pause is drawn again with its clock.
    const clock = round?.pausedMs === undefined ? round?.shownAt : 'paused';
    const key = round
      ? `${round.regionId}|${round.index}|${round.phase}|${round.questions.length}|${clock}`
      : '';
    if (key === this.renderedKey) return;
    this.renderedKey = key;
    this.stopCountdown();
    this.element.replaceChildren();
    // A new card opens at its top: the panel scrolls, and its scroll position would otherwise outlive the
    // card it belonged to (the results would open where the last feedback was scrolled to, mid-sentence).
    // The feedback is drawn over the same question, and is left where it was.
    if (round?.phase !== 'feedback') this.element.scrollTop = 0;
    this.element.hidden = round === null;
    if (!round) return;
    if (round.phase === 'finished') this.renderResults(round);
    else this.renderQuestion(round);
  }

  /**
   * The panel went off screen: the countdown stops (the round's clock is paused in the state), and the
   * round is drawn afresh when it shows again.
   */
  suspend(): void {
    this.stopCountdown();
    this.renderedKey = '';
  }

  /** Keyboard shortcuts while the panel is open; returns true when the key was used. */
  handleKey(event: KeyboardEvent): boolean {
    const round = this.round;
    if (!round || isTyping(event) || event.altKey || event.ctrlKey || event.metaKey) return false;
    if (round.phase === 'asking') return this.input?.handleKey?.(event) ?? false;
    if (
      round.phase === 'feedback' &&
      event.key === 'Enter' &&
      (event.target as HTMLElement | null)?.tagName !== 'BUTTON'
    ) {
      this.deps.onNext();
      return true;
    }
    return false;
  }

  private renderQuestion(round: Round): void {
    const asked = currentQuestion(round);
    const entry = asked ? this.deps.question(asked.questionId) : undefined;
    if (!asked || !entry) return;
    const question = entry.question;
    const view = answerViewOf(question.type);
    const answer = round.phase === 'feedback' ? round.answers[round.answers.length - 1] : undefined;
    // A map question's card stays small in its feedback too, so that the map can show the answer.
    this.element.classList.toggle('compact', view.compact);

    const progress = el('p', {
      className: 'quiz-progress',
      text: `${this.deps.regionName(round.regionId)} · Question ${round.index + 1} of ${round.questions.length} · ${pointsText(roundScore(round))} so far`,
    });
    const heading = el('h2', {
      text: view.heading(question),
      attrs: { id: 'quiz-heading' },
    });
    this.element.append(progress, heading);

    if (!answer) {
      this.input = view.input(
        question,
        asked.order,
        (response) => this.deps.onAnswer(response),
        this.deps.marks?.(question) ?? [],
      );
      this.input.focus?.setAttribute('aria-describedby', 'quiz-heading');
      this.element.append(this.input.element, answerHint(this.input));
      if (round.timed && round.pausedMs === undefined)
        this.startCountdown(round.shownAt, timeLimitMs(question));
      if (this.input.focus) this.input.focus.focus();
      else focusHeading(heading);
      this.deps.announce?.(`Question ${round.index + 1} of ${round.questions.length}.`);
      return;
    }
    this.input = undefined;
    const grade = gradeResponse(question, answer.response, {
      regionName: (id) => this.deps.regionName(id),
      ...this.deps.gradeContext?.(),
    });
    this.element.append(view.review(question, asked.order, answer.response, grade));

    const verdictText = {
      right: '✓ Correct!',
      partly: `◐ Partly right: ${Math.round(grade.score * 100)}% of the credit.`,
      wrong: '✗ Not quite.',
    };
    const timedOut = answer.response === null;
    const verdict = el('h3', {
      className: `verdict ${grade.verdict}`,
      text: timedOut ? '⏱ Time is up.' : verdictText[grade.verdict],
      attrs: { id: 'quiz-verdict' },
    });
    const last = round.index + 1 >= round.questions.length;
    const next = el('button', {
      className: 'primary',
      text: last ? 'See results' : 'Next question',
      attrs: { type: 'button' },
      onClick: () => this.deps.onNext(),
    });
    const typo = grade.typoDiff
      ? el('p', { className: 'typo' }, [
          'Accepted with a typo. The spelling is: ',
          ...spelling(grade.typoDiff),
        ])
      : null;
    const gapTypos = (grade.gapTypos ?? []).map((gapTypo) =>
      el('p', { className: 'typo' }, [
        `Gap ${gapTypo.gap}: accepted with a typo; the spelling is `,
        ...spelling(gapTypo.diff),
      ]),
    );
    this.element.append(
      el('div', { className: 'feedback', attrs: { 'aria-labelledby': 'quiz-verdict', role: 'region' } }, [
        verdict,
        round.timed
          ? el('p', { className: 'points', text: this.pointsLine(round, answer.points ?? 0) })
          : null,
        grade.unreadable
          ? el('p', { className: 'unreadable', text: `Your answer could not be read: ${grade.unreadable}.` })
          : null,
        typo,
        ...gapTypos,
        grade.correct || view.reviewShowsAnswer
          ? null
          : el('p', { className: 'answer' }, ['The answer: ', el('strong', { text: grade.correctText })]),
        grade.why ? el('p', { className: 'why', text: grade.why }) : null,
        question.explanation ? el('p', { className: 'explanation', text: question.explanation }) : null,
        ...figureNotes(entry),
        citationElement(entry),
      ]),
      next,
    );
    focusHeading(verdict);
    this.deps.announce?.(`${pointsText(roundScore(round))} so far.`);
  }

  /** "+850 points · 3 right in a row" for timed feedback. */
  private pointsLine(round: Round, points: number): string {
    const streak = currentStreak(round.answers);
    return `+${points.toLocaleString('en-GB')} points${streak > 1 ? ` · ${streak} right in a row` : ''}`;
  }

  /**
   * Shows the time left for the current question and answers with nothing (a time-out) when it runs out.
   * The time is measured from when the question was shown, less any time it spent paused off screen, so
   * neither a reload nor a visit to the menu resets it or runs it down.
   */
  private startCountdown(shownAt: number, limitMs: number): void {
    const fill = el('div', { className: 'countdown-fill' });
    const label = el('span', { className: 'countdown-label' });
    const timer = el('div', { className: 'countdown', attrs: { role: 'timer', 'aria-label': 'Time left' } }, [
      el('div', { className: 'countdown-bar', attrs: { 'aria-hidden': 'true' } }, [fill]),
      label,
    ]);
    this.element.insertBefore(timer, this.element.querySelector('h2'));
    const tick = () => {
      const left = Math.max(0, limitMs - (this.deps.now() - shownAt));
      fill.style.width = `${(left / limitMs) * 100}%`;
      label.textContent = `${Math.ceil(left / 1000)} s left`;
      timer.classList.toggle('urgent', left <= 5000);
      if (left <= 0) {
        this.stopCountdown();
        this.deps.onAnswer(null);
      }
    };
    tick();
    this.countdown = window.setInterval(tick, 200);
  }

  private stopCountdown(): void {
    if (this.countdown !== undefined) window.clearInterval(this.countdown);
    this.countdown = undefined;
  }

  /** What the round meant for the region: cleared, what opened, or what is still needed. */
  private outcomeLine(round: Round, result: RoundResult): string {
    const name = this.deps.regionName(round.regionId);
    if (round.scope === 'pack')
      return round.seed !== undefined
        ? 'Assignment finished: download your results below to hand them in.'
        : 'Pack practice: your answers have updated your flashcards; regions are cleared on the map.';
    if (round.review && round.scope === 'mistakes')
      return 'This was a review of your recent mistakes: practice only. Each answer has rescheduled its flashcard.';
    if (round.review && round.scope === 'refresh')
      return `${name} is refreshed: your answers have rescheduled its cards, so the map shows what you remember.`;
    if (round.review)
      return 'This was a review of missed questions: it is practice and does not clear regions.';
    if (result.passed && result.unlocked.length > 0) {
      return `${name} is cleared! New regions are open: ${result.unlocked.map((id) => this.deps.regionName(id)).join(', ')}.`;
    }
    if (result.passed) return `${name} is cleared.`;
    if (this.deps.wasCleared(round.regionId))
      return `${name} stays cleared. Play again to sharpen your answers.`;
    return `You need ${Math.ceil(result.total * PASS_MARK)} of ${result.total} to clear ${name}. Try again!`;
  }

  private renderResults(round: Round): void {
    // The results take the full card, whatever the last question was.
    this.element.classList.remove('compact');
    const result = round.result;
    if (!result) return;
    const heading = el('h2', { text: 'Round complete', attrs: { id: 'quiz-heading' } });
    const lines: string[] = [
      `You scored ${result.score} of ${result.total}.`,
      ...(result.timed
        ? [
            `Timed round: ${result.timed.points.toLocaleString('en-GB')} points, best streak ${result.timed.bestStreak}.`,
          ]
        : []),
      this.outcomeLine(round, result),
    ];
    const missed = round.answers.filter((answer) => !answer.correct);
    const missedList = missed.map((answer) => {
      const entry = this.deps.question(answer.questionId);
      if (!entry) return null;
      const grade = gradeResponse(entry.question, answer.response, {
        regionName: (id) => this.deps.regionName(id),
        ...this.deps.gradeContext?.(),
      });
      return el('li', {}, [
        el('span', { text: entry.question.prompt }),
        ' — ',
        el('strong', { text: grade.correctText }),
      ]);
    });
    const review = el('div', { className: 'missed' }, [
      el('h3', { text: 'To review' }),
      el('ul', {}, missedList),
    ]);
    this.element.append(
      heading,
      ...lines.map((line) => el('p', { className: 'result-line', text: line })),
      ...(missed.length > 0 ? [review] : []),
      el('div', { className: 'actions' }, [
        el('button', {
          className: 'primary',
          text: 'Back to map',
          attrs: { type: 'button' },
          onClick: () => this.deps.onBackToMap(),
        }),
        ...(missed.length > 0
          ? [
              el('button', {
                text: 'Review missed questions',
                attrs: { type: 'button' },
                onClick: () => this.deps.onReviewMissed(),
              }),
            ]
          : []),
        this.deps.canPlayAgain()
          ? el('button', {
              text: 'Play again',
              attrs: { type: 'button' },
              onClick: () => this.deps.onPlayAgain(),
            })
          : null,
      ]),
      ...(round.scope === 'pack' && this.deps.onExportResults ? [this.exportForm()] : []),
    );
    focusHeading(heading);
  }

  /** The form that downloads a pack round's results: the learner's name, then CSV or JSON. */
  private exportForm(): HTMLElement {
    const name = el('input', { attrs: { id: 'results-name', type: 'text', autocomplete: 'name' } });
    const error = el('p', { className: 'field-error', attrs: { id: 'results-name-error' } });
    name.setAttribute('aria-describedby', 'results-name-error');
    const download = (kind: 'csv' | 'json') => {
      if (name.value.trim() === '') {
        error.textContent = 'Enter your name first, so your teacher knows whose results these are.';
        name.setAttribute('aria-invalid', 'true');
        name.focus();
        return;
      }
      error.textContent = '';
      name.setAttribute('aria-invalid', 'false');
      this.deps.onExportResults?.(name.value, kind);
    };
    return el(
      'div',
      { className: 'results-export', attrs: { role: 'group', 'aria-label': 'Hand in your results' } },
      [
        el('h3', { text: 'Hand in your results' }),
        el('label', { text: 'Your name', attrs: { for: 'results-name' } }),
        name,
        error,
        el('div', { className: 'actions' }, [
          el('button', { text: 'Download CSV', attrs: { type: 'button' }, onClick: () => download('csv') }),
          el('button', { text: 'Download JSON', attrs: { type: 'button' }, onClick: () => download('json') }),
        ]),
      ],
    );
  }
}
