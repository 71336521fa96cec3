import { DATE_PATTERN } from '../../core/drafting/articleHeader';
import { type ArticleDetails, packFromDrafts, parseTags } from '../../core/drafting/articlePack';
import { draftQuestions } from '../../core/drafting/draftQuestions';
import type { Draft } from '../../core/drafting/drafts';
import type { Pack, Question } from '../../core/model/pack';
import { formatProblem } from '../../core/problems';
import { kindOf } from '../../core/questions/registry';
import { DraftEditForm } from '../panels/DraftEditForm';
import { el, focusHeading } from '../widgets/dom';
import { downloadFile } from '../widgets/download';
import { evidenceQuote } from '../widgets/draftView';
import './articleDraft.css';
import { errorMessage } from '../../core/errors';

/** What the article editor needs from the pack manager. */
export interface ArticleDraftDeps {
  /** Map regions a teacher can put the questions in. */
  regions: { id: string; name: string }[];
  /** Today's date as `YYYY-MM-DD`, the default article date. */
  today: string;
  /** Stores a pack and makes its questions playable. */
  install(pack: Pack, file: string): Promise<void>;
  /** Leaves the editor; `saved` is the pack installed, if one was. */
  onClose(saved?: Pack): void;
}

/** A teacher's decision on one draft. */
type Decision = 'undecided' | 'accepted' | 'rejected';

/** One draft as the editor holds it: the question as (maybe) edited and the decision. */
interface DraftEntry {
  draft: Draft;
  question: Question;
  decision: Decision;
  edited: boolean;
}

/** Words for each decision, shown on every draft. */
const DECISION_TEXT: Record<Decision, string> = {
  undecided: 'Not decided yet',
  accepted: 'Accepted',
  rejected: 'Rejected',
};

/**
 * "New pack from article": the teacher pastes a news article with its title, outlet, author and date,
 * and gets draft questions, each shown with its source sentence and the words it asks about marked. Each
 * draft can be accepted, edited or rejected; the kept ones, with a region and tags, are saved as a
 * normal installed pack or exported as a pack file. Everything runs in the browser, offline.
 */
export class ArticleDraftScreen {
  readonly element: HTMLElement;
  readonly heading: HTMLElement;
  private readonly status: HTMLElement;
  private readonly draftList: HTMLElement;
  private readonly saveArea: HTMLElement;
  private readonly inputs: Record<
    'title' | 'outlet' | 'author' | 'date' | 'text',
    HTMLInputElement | HTMLTextAreaElement
  >;
  private entries: DraftEntry[] = [];

  constructor(private readonly deps: ArticleDraftDeps) {
    this.heading = el('h2', { text: 'New pack from article', attrs: { id: 'article-draft-title' } });
    this.status = el('p', { className: 'form-status', attrs: { role: 'status' } });
    this.draftList = el('section', { attrs: { 'aria-labelledby': 'drafts-title' } });
    this.draftList.hidden = true;
    this.saveArea = el('section', {
      className: 'draft-save',
      attrs: { 'aria-labelledby': 'draft-save-title' },
    });
    this.saveArea.hidden = true;
    this.inputs = {
      title: el('input', { attrs: { id: 'article-title', type: 'text' } }),
      outlet: el('input', { attrs: { id: 'article-outlet', type: 'text' } }),
      author: el('input', { attrs: { id: 'article-author', type: 'text' } }),
      date: el('input', { attrs: { id: 'article-date', type: 'text', placeholder: 'YYYY-MM-DD' } }),
      text: el('textarea', { attrs: { id: 'article-text', rows: '10' } }),
    };
    this.inputs.date.value = deps.today;
    this.element = el(
      'section',
      { className: 'article-draft', attrs: { 'aria-labelledby': 'article-draft-title' } },
      [this.heading, this.articleForm(), this.status, this.draftList, this.saveArea],
    );
  }

  /** Moves focus to the editor's heading (called when it opens). */
  focus(): void {
    focusHeading(this.heading);
  }

  private articleForm(): HTMLElement {
    const field = (key: keyof typeof this.inputs, label: string) => [
      el('label', { text: label, attrs: { for: this.inputs[key].id } }),
      this.inputs[key],
    ];
    const form = el('form', { className: 'article-form', attrs: { 'aria-label': 'Article' } }, [
      el('p', {
        text: 'Paste the text of a news article. Questions are drafted here in the browser; nothing is sent anywhere.',
      }),
      ...field('title', 'Headline'),
      ...field('outlet', 'Outlet (optional)'),
      ...field('author', 'Author (optional)'),
      ...field('date', 'Date of the article'),
      ...field('text', 'Article text'),
      el('div', { className: 'actions' }, [
        el('button', { className: 'primary', text: 'Draft questions', attrs: { type: 'submit' } }),
        el('button', { text: 'Close', attrs: { type: 'button' }, onClick: () => this.deps.onClose() }),
      ]),
    ]);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.draft();
    });
    return form;
  }

  /** Drafts questions from the pasted text, after letting the page show that it is working. */
  private async draft(): Promise<void> {
    if (this.inputs.text.value.trim() === '') {
      this.status.textContent = 'Paste the article text first.';
      this.inputs.text.focus();
      return;
    }
    this.status.textContent = 'Drafting questions…';
    await new Promise((resolve) => setTimeout(resolve, 0));
    const run = draftQuestions(this.inputs.text.value);
    this.entries = run.drafts.map((draft) => ({
      draft,
      question: draft.question,
      decision: 'undecided',
      edited: false,
    }));
    this.status.textContent = [
      `${run.drafts.length} ${run.drafts.length === 1 ? 'draft' : 'drafts'} from ${run.sentences} sentences.`,
      ...run.notices,
    ].join(' ');
    this.renderDrafts();
    this.renderSave();
    const heading = this.draftList.querySelector('h3');
    if (heading instanceof HTMLElement) focusHeading(heading);
  }

  private renderDrafts(): void {
    const heading = el('h3', { text: 'Drafts', attrs: { id: 'drafts-title' } });
    const acceptAll = el('button', {
      text: 'Accept all undecided',
      attrs: { type: 'button' },
      onClick: () => {
        for (const entry of this.entries) if (entry.decision === 'undecided') entry.decision = 'accepted';
        this.renderDrafts();
        this.renderSave();
      },
    });
    const list = el(
      'ol',
      { className: 'draft-list', attrs: { 'aria-label': 'Drafts' } },
      this.entries.map((entry, index) => this.draftItem(entry, index)),
    );
    this.draftList.replaceChildren(heading, el('div', { className: 'actions' }, [acceptAll]), list);
    this.draftList.hidden = this.entries.length === 0;
  }

  private draftItem(entry: DraftEntry, index: number): HTMLElement {
    const number = index + 1;
    const titleId = `draft-${number}-title`;
    const item = el('li', {
      className: `draft-item ${entry.decision}`,
      attrs: { 'aria-labelledby': titleId },
    });
    const render = () => {
      item.className = `draft-item ${entry.decision}`;
      const question = entry.question;
      const decide = (decision: Decision) => {
        entry.decision = entry.decision === decision ? 'undecided' : decision;
        render();
        this.renderSave();
        (item.querySelector(`button[data-decision="${decision}"]`) as HTMLButtonElement | null)?.focus();
      };
      const button = (text: string, decision: Decision) =>
        el('button', {
          text,
          attrs: {
            type: 'button',
            'data-decision': decision,
            'aria-label': `${text} draft ${number}`,
            'aria-pressed': String(entry.decision === decision),
          },
          onClick: () => decide(decision),
        });
      const edit = el('button', {
        text: 'Edit',
        attrs: { type: 'button', 'aria-label': `Edit draft ${number}` },
        onClick: () => this.openEditor(entry, item, number, render),
      });
      item.replaceChildren(
        el('h4', { text: `Draft ${number}: ${question.type}, ${entry.draft.topic}`, attrs: { id: titleId } }),
        el('p', { className: 'draft-prompt', text: question.prompt }),
        el('p', { className: 'draft-answer', text: kindOf(question.type).summary(question) }),
        el('p', {
          className: 'draft-source-label',
          text: entry.draft.evidence.length > 1 ? 'Sources:' : 'Source:',
        }),
        ...entry.draft.evidence.map((evidence) => evidenceQuote(evidence)),
        el('p', {
          className: 'draft-decision',
          text: `${DECISION_TEXT[entry.decision]}${entry.edited ? ' (edited)' : ''}`,
        }),
        el('div', { className: 'actions' }, [
          button('Accept', 'accepted'),
          edit,
          button('Reject', 'rejected'),
        ]),
      );
    };
    render();
    return item;
  }

  private openEditor(entry: DraftEntry, item: HTMLElement, number: number, render: () => void): void {
    const form = new DraftEditForm(entry.question, `draft-${number}-edit`, {
      onSave: (question) => {
        entry.question = question;
        entry.edited = true;
        entry.decision = 'accepted';
        render();
        this.renderSave();
        (item.querySelector('button[data-decision="accepted"]') as HTMLButtonElement | null)?.focus();
      },
      onCancel: () => {
        render();
        (item.querySelector('button[aria-label^="Edit"]') as HTMLButtonElement | null)?.focus();
      },
    });
    item.querySelector('.actions')?.replaceWith(form.element);
    form.focus();
  }

  private renderSave(): void {
    const accepted = this.entries.filter((entry) => entry.decision === 'accepted');
    const rejected = this.entries.filter((entry) => entry.decision === 'rejected').length;
    const region = el('select', { attrs: { id: 'draft-region' } }, [
      el('option', { text: 'No region (the pack plays as a stage of its own)', attrs: { value: '' } }),
      ...this.deps.regions.map((entry) => el('option', { text: entry.name, attrs: { value: entry.id } })),
    ]);
    const tags = el('input', {
      attrs: { id: 'draft-tags', type: 'text', placeholder: 'e.g. week3, energy' },
    });
    const problems = el('ul', { className: 'problem-list', attrs: { 'aria-label': 'Problems found' } });
    const build = () => {
      const title = this.inputs.title.value.trim();
      const date = this.inputs.date.value.trim();
      const missing: string[] = [];
      if (title === '') missing.push('Headline: give the article’s headline; it becomes the pack title.');
      if (!DATE_PATTERN.test(date))
        missing.push('Date of the article: write it as 2023, 2023-03 or 2023-03-28.');
      if (missing.length > 0) return { ok: false as const, messages: missing };
      const article: ArticleDetails = {
        title,
        outlet: this.inputs.outlet.value,
        author: this.inputs.author.value,
        date,
      };
      const built = packFromDrafts(
        accepted.map((entry) => entry.question),
        article,
        { region: region.value || undefined, tags: parseTags(tags.value) },
      );
      return built.ok ? built : { ok: false as const, messages: built.problems.map(formatProblem) };
    };
    const showProblems = (messages: string[]) => {
      problems.replaceChildren(...messages.map((message) => el('li', { className: 'error', text: message })));
      this.status.textContent = `The pack was not saved: ${messages.length} ${messages.length === 1 ? 'problem' : 'problems'}.`;
    };
    const save = el('button', {
      className: 'primary',
      text: 'Save as pack',
      attrs: { type: 'button' },
      onClick: () => {
        const built = build();
        if (!built.ok) return showProblems(built.messages);
        save.disabled = true;
        void this.deps.install(built.pack, `${built.pack.id}.json`).then(
          () => this.deps.onClose(built.pack),
          (error: unknown) => {
            save.disabled = false;
            showProblems([`The pack could not be saved: ${errorMessage(error)}`]);
          },
        );
      },
    });
    const exportButton = el('button', {
      text: 'Export JSON',
      attrs: { type: 'button' },
      onClick: () => {
        const built = build();
        if (!built.ok) return showProblems(built.messages);
        const { deferred: _deferred, ...pack } = built.pack;
        downloadFile(`${pack.id}.json`, `${JSON.stringify(pack, null, 2)}\n`, 'application/json');
        this.status.textContent = `Exported ${pack.questions.length} questions as ${pack.id}.json.`;
      },
    });
    this.saveArea.replaceChildren(
      el('h3', { text: 'Save the pack', attrs: { id: 'draft-save-title' } }),
      el('p', {
        text: `${accepted.length} accepted, ${rejected} rejected, ${this.entries.length - accepted.length - rejected} not decided. Only accepted drafts go in the pack.`,
      }),
      el('label', { text: 'Map region for every question', attrs: { for: 'draft-region' } }),
      region,
      el('label', { text: 'Tags for every question (comma-separated)', attrs: { for: 'draft-tags' } }),
      tags,
      problems,
      el('div', { className: 'actions' }, [save, exportButton]),
    );
    this.saveArea.hidden = this.entries.length === 0;
  }
}
