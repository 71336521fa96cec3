import * as v from 'valibot';
import type { Question } from '../../core/model/pack';
import { kindOf } from '../../core/questions/registry';
import { parseCloze } from '../../core/quiz/cloze';
import { el } from '../widgets/dom';

/** A labelled field of the edit form. */
interface Field {
  label: string;
  input: HTMLInputElement | HTMLTextAreaElement;
}

/** Lines of a text box as a list, blank lines dropped. */
function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/**
 * The edit form of one draft: prompt, answer (in the form its type needs), distractors or items, and
 * explanation. The edited question is checked with the pack schema before it is kept, and a problem is
 * shown next to the form naming the field ("answer must be a whole year").
 */
export class DraftEditForm {
  readonly element: HTMLFormElement;
  private readonly error: HTMLElement;
  private readonly fields = new Map<string, Field>();

  constructor(
    private readonly question: Question,
    private readonly idBase: string,
    handlers: { onSave: (question: Question) => void; onCancel: () => void },
  ) {
    this.error = el('p', { className: 'form-error', attrs: { role: 'alert' } });
    this.element = el('form', { className: 'draft-edit', attrs: { 'aria-label': 'Edit draft' } });
    this.addField('prompt', 'Prompt', question.prompt, true);
    this.answerFields();
    this.addField('explanation', 'Explanation', question.explanation ?? '', true);
    this.element.append(
      this.error,
      el('div', { className: 'actions' }, [
        el('button', { className: 'primary', text: 'Save changes', attrs: { type: 'submit' } }),
        el('button', { text: 'Cancel', attrs: { type: 'button' }, onClick: () => handlers.onCancel() }),
      ]),
    );
    this.element.addEventListener('submit', (event) => {
      event.preventDefault();
      const edited = this.read();
      if (typeof edited === 'string') {
        this.error.textContent = edited;
        return;
      }
      handlers.onSave(edited);
    });
  }

  /** Focuses the first field. */
  focus(): void {
    this.fields.get('prompt')?.input.focus();
  }

  private addField(key: string, label: string, value: string, multiline = false): void {
    const id = `${this.idBase}-${key}`;
    const input = multiline
      ? el('textarea', { attrs: { id, rows: '3' } })
      : el('input', { attrs: { id, type: 'text' } });
    input.value = value;
    this.fields.set(key, { label, input });
    this.element.append(el('label', { text: label, attrs: { for: id } }), input);
  }

  private answerFields(): void {
    const question = this.question;
    switch (question.type) {
      case 'numeric':
        this.addField(
          'answer',
          `Answer${question.unit ? ` (${question.unit})` : ''}`,
          String(question.answer),
        );
        break;
      case 'year':
        this.addField('answer', 'Answer (year)', String(question.answer));
        break;
      case 'single':
        this.addField(
          'answer',
          'Right answer',
          question.choices.find((choice) => choice.correct)?.text ?? '',
        );
        this.addField(
          'distractors',
          'Wrong choices (one per line)',
          question.choices
            .filter((choice) => !choice.correct)
            .map((choice) => choice.text)
            .join('\n'),
          true,
        );
        break;
      case 'cloze':
        this.addField('text', 'Text with {{gaps}}', question.text, true);
        break;
      case 'ordering':
        this.addField(
          'items',
          'Items in the right order (one per line)',
          question.items.map((item) => item.text).join('\n'),
          true,
        );
        break;
      default:
        break;
    }
  }

  private value(key: string): string {
    return this.fields.get(key)?.input.value.trim() ?? '';
  }

  /** The edited question, or a message saying which field is wrong. */
  private read(): Question | string {
    const explanation = this.value('explanation');
    const { explanation: _old, ...rest } = this.question;
    const common = { ...rest, prompt: this.value('prompt'), ...(explanation ? { explanation } : {}) };
    let edited: Question;
    switch (common.type) {
      case 'numeric': {
        const answer = Number(this.value('answer').replace(/[,\s]/g, ''));
        if (this.value('answer') === '' || !Number.isFinite(answer))
          return 'Answer: write a number, e.g. 1800.';
        edited = { ...common, answer };
        break;
      }
      case 'year': {
        const answer = Number(this.value('answer'));
        if (!/^-?\d+$/.test(this.value('answer'))) return 'Answer: write a whole year, e.g. 2019.';
        edited = { ...common, answer };
        break;
      }
      case 'single': {
        const right = this.value('answer');
        const wrong = lines(this.value('distractors'));
        if (wrong.some((text) => text.toLowerCase() === right.toLowerCase()))
          return 'Wrong choices: the right answer is also listed as a wrong choice.';
        edited = { ...common, choices: [{ text: right, correct: true }, ...wrong.map((text) => ({ text }))] };
        break;
      }
      case 'cloze': {
        const text = this.value('text');
        const parsed = parseCloze(text);
        if (!parsed.ok) return `Text: ${parsed.error}.`;
        edited = { ...common, text };
        break;
      }
      case 'ordering': {
        const texts = lines(this.value('items'));
        const old = common.items;
        edited = {
          ...common,
          items: texts.map((text) => {
            const note = old.find((item) => item.text === text)?.note;
            return note ? { text, note } : { text };
          }),
        };
        break;
      }
      default:
        edited = common;
    }
    const checked = v.safeParse(kindOf(edited.type).schema, edited);
    if (!checked.success) {
      const issue = checked.issues[0];
      const path = v.getDotPath(issue);
      const field = path ? (this.fields.get(path.split('.')[0] ?? '')?.label ?? path) : 'Question';
      return `${field}: ${issue.message}.`;
    }
    return edited;
  }
}
