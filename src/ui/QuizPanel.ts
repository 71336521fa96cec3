import type { PlayableQuestion } from '../core/model/pack';
import { type PlayableEntry, formatCitation, sourceOf } from '../core/packs/questionBank';
import { type Response, gradeResponse, truthLabel } from '../core/quiz/grade';
import type { Round } from '../core/quiz/round';
import { roundScore } from '../core/quiz/round';
import { el, focusHeading, isTyping } from './dom';

/** What the quiz panel needs: lookups, and where to send the player's intents. */
export interface QuizPanelDeps {
  /** Finds a question and its pack. */
  question(questionId: string): PlayableEntry | undefined;
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
  /** The player wants another round of the same region. */
  onPlayAgain(): void;
}

/** One option as shown: its label and the response it stands for. */
interface ShownOption {
  label: string;
  response: Response;
}

/** The options of a question in display order. */
function shownOptions(question: PlayableQuestion, order: readonly number[]): ShownOption[] {
  if (question.type === 'truefalse') {
    return [true, false].map((value) => ({ label: truthLabel(value), response: value }));
  }
  const indices =
    order.length === question.choices.length ? order : question.choices.map((_, index) => index);
  return indices.map((index) => ({ label: question.choices[index]?.text ?? '', response: index }));
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
  private options: ShownOption[] = [];

  constructor(private readonly deps: QuizPanelDeps) {
    this.element = el('section', { className: 'quiz-panel', attrs: { 'aria-labelledby': 'quiz-heading' } });
    this.element.hidden = true;
  }

  /** Shows `round` (or hides the panel for null); re-renders only when the question or phase changed. */
  update(round: Round | null): void {
    this.round = round;
    const key = round ? `${round.regionId}|${round.index}|${round.phase}|${round.questions.length}` : '';
    if (key === this.renderedKey) return;
    this.renderedKey = key;
    this.element.replaceChildren();
    this.element.hidden = round === null;
    if (!round) return;
    if (round.phase === 'finished') this.renderResults(round);
    else this.renderQuestion(round);
  }

  /** Keyboard shortcuts while the panel is open; returns true when the key was used. */
  handleKey(event: KeyboardEvent): boolean {
    const round = this.round;
    if (!round || isTyping(event) || event.altKey || event.ctrlKey || event.metaKey) return false;
    if (round.phase === 'asking') {
      const key = event.key.toLowerCase();
      const digit = Number.parseInt(key, 10);
      let option: ShownOption | undefined;
      if (digit >= 1 && digit <= 9) option = this.options[digit - 1];
      else if (key === 't' || key === 'f') option = this.options.find((o) => o.response === (key === 't'));
      if (!option) return false;
      this.deps.onAnswer(option.response);
      return true;
    }
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
    const asked = round.questions[round.index];
    const entry = asked ? this.deps.question(asked.questionId) : undefined;
    if (!asked || !entry) return;
    const question = entry.question;
    this.options = shownOptions(question, asked.order);
    const answer = round.phase === 'feedback' ? round.answers[round.answers.length - 1] : undefined;
    const grade = answer ? gradeResponse(question, answer.response) : undefined;

    const progress = el('p', {
      className: 'quiz-progress',
      text: `${this.deps.regionName(round.regionId)} · Question ${round.index + 1} of ${round.questions.length} · ${roundScore(round)} right so far`,
    });
    const heading = el('h2', {
      text: question.type === 'truefalse' ? `True or false? ${question.prompt}` : question.prompt,
      attrs: { id: 'quiz-heading' },
    });
    const choices = el(
      'div',
      { className: 'choices', attrs: { role: 'group', 'aria-label': 'Answers' } },
      this.options.map((option, index) => {
        const isRight = grade !== undefined && option.label === grade.correctText;
        const isChosen = answer !== undefined && option.response === answer.response;
        const mark = isRight ? 'right' : isChosen ? 'wrong' : '';
        const button = el('button', { className: `choice ${mark}`.trim(), attrs: { type: 'button' } }, [
          el('kbd', { text: String(index + 1), attrs: { 'aria-hidden': 'true' } }),
          el('span', { className: 'choice-text', text: option.label }),
          isRight ? el('span', { className: 'mark', text: ' ✓ correct answer' }) : null,
          isChosen && !isRight ? el('span', { className: 'mark', text: ' ✗ your answer' }) : null,
        ]);
        if (answer) button.disabled = true;
        else button.addEventListener('click', () => this.deps.onAnswer(option.response));
        return button;
      }),
    );
    this.element.append(progress, heading, choices);

    if (!answer || !grade) {
      this.element.append(el('p', { className: 'hint', text: `Press 1–${this.options.length} to answer.` }));
      focusHeading(heading);
      return;
    }

    const source = sourceOf(entry);
    const verdict = el('h3', {
      className: answer.correct ? 'verdict right' : 'verdict wrong',
      text: answer.correct ? '✓ Correct!' : '✗ Not quite.',
      attrs: { id: 'quiz-verdict' },
    });
    const last = round.index + 1 >= round.questions.length;
    const next = el('button', {
      className: 'primary',
      text: last ? 'See results' : 'Next question',
      attrs: { type: 'button' },
      onClick: () => this.deps.onNext(),
    });
    this.element.append(
      el('div', { className: 'feedback', attrs: { 'aria-labelledby': 'quiz-verdict', role: 'region' } }, [
        verdict,
        answer.correct
          ? null
          : el('p', { className: 'answer' }, ['The answer: ', el('strong', { text: grade.correctText })]),
        grade.why ? el('p', { className: 'why', text: grade.why }) : null,
        el('p', { className: 'explanation', text: question.explanation }),
        source ? el('p', { className: 'source', text: `Source: ${formatCitation(source)}` }) : null,
      ]),
      next,
    );
    focusHeading(verdict);
  }

  private renderResults(round: Round): void {
    const result = round.result;
    if (!result) return;
    const name = this.deps.regionName(round.regionId);
    const heading = el('h2', { text: 'Round complete', attrs: { id: 'quiz-heading' } });
    const lines: string[] = [`You got ${result.score} of ${result.total} right.`];
    if (result.passed && result.unlocked.length > 0) {
      lines.push(
        `${name} is cleared! New regions are open: ${result.unlocked.map((id) => this.deps.regionName(id)).join(', ')}.`,
      );
    } else if (result.passed) {
      lines.push(`${name} is cleared.`);
    } else {
      const needed = Math.ceil(result.total * 0.8);
      lines.push(
        this.deps.wasCleared(round.regionId)
          ? `${name} stays cleared. Play again to sharpen your answers.`
          : `You need ${needed} of ${result.total} to clear ${name}. Try again!`,
      );
    }
    const missed = round.answers.filter((answer) => !answer.correct);
    const missedList = missed.map((answer) => {
      const entry = this.deps.question(answer.questionId);
      if (!entry) return null;
      const grade = gradeResponse(entry.question, answer.response);
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
        el('button', {
          text: 'Play again',
          attrs: { type: 'button' },
          onClick: () => this.deps.onPlayAgain(),
        }),
      ]),
    );
    focusHeading(heading);
  }
}
