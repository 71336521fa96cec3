import { loadCode } from '../widgets/loadCode';
import type { Pack } from '../../core/model/pack';
import type { PackImport } from '../../core/importers/importAny';
import {
  ACCEPTED_EXTENSIONS,
  FORMATS,
  type ImportFormat,
  formatOf,
  isImportFormat,
} from '../../core/importers/registry';
import type { PackListing } from '../../core/play/selectors';
import { formatProblem } from '../../core/problems';
import { el, focusHeading } from '../widgets/dom';
import { errorMessage } from '../../core/errors';
import { type DownloadProgress, describeProgress } from '../../core/packs/boundedDownload';

/** How a link is opened: a note kept above its messages, and what to do once its pack is installed. */
export interface LinkOpening {
  /** Said before every message of this download (e.g. that part of the page address was not understood). */
  note?: string;
  /** What failed, for the failure message (default "The link"). */
  subject?: string;
  /** Called with the pack after the teacher installs it. */
  afterInstall?: (pack: Pack) => void;
}

/** A file chosen, dropped, pasted or downloaded, ready to import. */
export interface PackInput {
  /** Name to show and to guess the format from. */
  name: string;
  /** Its content. */
  content: string | Uint8Array;
}

/** What the pack manager needs from the app. */
export interface PackManagerDeps {
  /** The packs installed now, built-in ones first. */
  list(): PackListing[];
  /** Imports a file into a pack (nothing is stored); slow work is done in slices, so it is asynchronous. */
  preview(input: PackInput, format?: ImportFormat): Promise<PackImport>;
  /**
   * Downloads a pack file from a link, telling `onProgress` as bytes arrive; a failure says whether
   * retrying may help.
   */
  download(
    url: string,
    onProgress: (progress: DownloadProgress) => void,
  ): Promise<{ ok: true; input: PackInput } | { ok: false; message: string; retry: boolean }>;
  /** Stores a pack and makes its questions playable. */
  install(pack: Pack, file: string): Promise<void>;
  /** Removes an installed pack (progress on its questions is kept). */
  remove(packId: string): Promise<void>;
  /** Saves a pack as a JSON file on the learner's device. */
  exportPack(packId: string): void;
  /** Map regions a drafted pack's questions can be put in (none when left out). */
  regions?(): { id: string; name: string }[];
  /** Today's date as YYYY-MM-DD on the game's clock (the default date of a drafted article). */
  today(): string;
  /** Plays a round of a pack's questions. */
  play(packId: string): void;
  /** Leaves the screen. */
  onBack(): void;
}

/** The name given to pasted text, in the preview and in problems. */
export const PASTED_TEXT = 'pasted text';

/** Largest number of questions listed in a preview (the count is always shown in full). */
const PREVIEW_LIST_LIMIT = 100;

/**
 * The pack manager: lists installed packs (play, export, remove), and adds packs from a file (picker or
 * drag and drop), pasted text or a link. Every import is previewed first, with every problem and its
 * location; nothing is stored until the teacher confirms.
 */
export class PackManagerScreen {
  readonly element: HTMLElement;
  readonly heading: HTMLElement;
  private readonly listArea: HTMLElement;
  private readonly previewArea: HTMLElement;
  private readonly status: HTMLElement;
  private readonly retryButton: HTMLButtonElement;
  private retryDownload: (() => void) | null = null;

  constructor(private readonly deps: PackManagerDeps) {
    this.heading = el('h1', { text: 'Question packs', attrs: { id: 'packs-title' } });
    this.listArea = el('section', { attrs: { 'aria-labelledby': 'installed-title' } });
    this.previewArea = el('section', { className: 'pack-preview', attrs: { 'aria-label': 'Preview' } });
    this.previewArea.hidden = true;
    this.status = el('p', { className: 'form-status', attrs: { role: 'status' } });
    this.retryButton = el('button', {
      text: 'Retry download',
      attrs: { type: 'button' },
      onClick: () => this.retryDownload?.(),
    });
    this.retryButton.hidden = true;
    this.element = el(
      'section',
      { className: 'screen packs-screen', attrs: { 'aria-labelledby': 'packs-title' } },
      [
        el('header', { className: 'study-bar' }, [
          this.heading,
          el('button', { text: 'Back to menu', attrs: { type: 'button' }, onClick: () => deps.onBack() }),
        ]),
        this.status,
        this.retryButton,
        this.previewArea,
        this.addArea(),
        this.listArea,
      ],
    );
    this.renderList();
  }

  /** Previews a file as if the teacher had chosen it (used for `?pack=` links). */
  async showPreview(
    input: PackInput,
    format?: ImportFormat,
    afterInstall?: (pack: Pack) => void,
  ): Promise<void> {
    const result = await this.deps.preview(input, format);
    this.renderPreview(input, result, afterInstall);
  }

  /** Shows a message in the status line (e.g. why a link could not be opened). */
  say(message: string): void {
    this.status.textContent = message;
    this.retryButton.hidden = true;
    this.retryDownload = null;
  }

  private addArea(): HTMLElement {
    const fileInput = el('input', {
      attrs: {
        type: 'file',
        id: 'pack-file',
        accept: ACCEPTED_EXTENSIONS.join(','),
      },
    });
    fileInput.addEventListener('change', () => {
      const file = fileInput.files?.[0];
      if (file) void this.readFile(file);
      fileInput.value = '';
    });
    const drop = el('div', { className: 'drop-zone' }, [
      el('label', { text: 'Choose a file', attrs: { for: 'pack-file' } }),
      fileInput,
      el('p', {
        text: 'or drop it here. Borderlines JSON, GIFT, CSV, Anki or Quizlet text, Kahoot spreadsheet, Moodle XML.',
      }),
    ]);
    drop.addEventListener('dragover', (event) => {
      event.preventDefault();
      drop.classList.add('dragging');
    });
    drop.addEventListener('dragleave', () => drop.classList.remove('dragging'));
    drop.addEventListener('drop', (event) => {
      event.preventDefault();
      drop.classList.remove('dragging');
      const file = event.dataTransfer?.files[0];
      if (file) void this.readFile(file);
    });

    const formatSelect = el('select', { attrs: { id: 'paste-format' } }, [
      el('option', { text: 'Detect automatically', attrs: { value: '' } }),
      ...FORMATS.map((format) => el('option', { text: format.name, attrs: { value: format.id } })),
    ]);
    const pasteBox = el('textarea', { attrs: { id: 'paste-text', rows: '6', spellcheck: 'false' } });
    const pasteForm = el('form', { className: 'paste-form', attrs: { 'aria-label': 'Paste questions' } }, [
      el('label', { text: 'Paste questions', attrs: { for: 'paste-text' } }),
      pasteBox,
      el('label', { text: 'Format', attrs: { for: 'paste-format' } }),
      formatSelect,
      el('button', { text: 'Preview pasted text', attrs: { type: 'submit' } }),
    ]);
    pasteForm.addEventListener('submit', (event) => {
      event.preventDefault();
      if (pasteBox.value.trim() === '') {
        this.say('Paste some questions first.');
        pasteBox.focus();
        return;
      }
      const format = isImportFormat(formatSelect.value) ? formatSelect.value : undefined;
      void this.showPreview({ name: PASTED_TEXT, content: pasteBox.value }, format);
    });

    const urlInput = el('input', { attrs: { id: 'pack-url', type: 'url', placeholder: 'https://…' } });
    const urlForm = el(
      'form',
      { className: 'url-form', attrs: { 'aria-label': 'Open a pack from a link' } },
      [
        el('label', { text: 'Pack link', attrs: { for: 'pack-url' } }),
        urlInput,
        el('button', { text: 'Open link', attrs: { type: 'submit' } }),
      ],
    );
    urlForm.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.openLink(urlInput.value.trim());
    });

    const fromArticle = el('button', {
      text: 'New pack from article',
      attrs: { type: 'button' },
      onClick: () => void this.openArticleDraft(),
    });

    return el('section', { className: 'pack-add', attrs: { 'aria-labelledby': 'add-title' } }, [
      el('h2', { text: 'Add a pack', attrs: { id: 'add-title' } }),
      drop,
      pasteForm,
      urlForm,
      el('p', {}, [fromArticle, ' Draft questions from a news article you paste.']),
    ]);
  }

  /** Opens the article editor, loaded on demand with the drafting code (it is not in the first bundle). */
  private async openArticleDraft(): Promise<void> {
    this.say('Opening the article editor…');
    const loaded = await loadCode(
      'article editor',
      () => import('./ArticleDraftScreen'),
      (message) => this.say(message),
    );
    if (!loaded) return;
    this.say('');
    const editor = new loaded.ArticleDraftScreen({
      regions: this.deps.regions?.() ?? [],
      today: this.deps.today(),
      install: (pack, file) => this.deps.install(pack, file),
      onClose: (saved) => {
        this.previewArea.hidden = true;
        this.previewArea.replaceChildren();
        this.renderList();
        this.say(saved ? `Installed “${saved.title}” with ${saved.questions.length} questions.` : '');
        focusHeading(this.heading);
      },
    });
    this.previewArea.replaceChildren(editor.element);
    this.previewArea.hidden = false;
    editor.focus();
  }

  private async readFile(file: File): Promise<void> {
    this.say(`Reading ${file.name}…`);
    const bytes = new Uint8Array(await file.arrayBuffer());
    await this.showPreview({ name: file.name, content: bytes });
    this.say('');
  }

  /**
   * Downloads a pack from a link and previews it, showing the progress in the status line; a failure is
   * said there, with a retry button when trying again may help (a timeout or a network error).
   */
  async openLink(url: string, opening: LinkOpening = {}): Promise<void> {
    if (url === '') {
      this.say('Enter the address of a pack first.');
      return;
    }
    const note = opening.note ? `${opening.note} ` : '';
    this.say(`${note}Downloading ${url}…`);
    const downloaded = await this.deps.download(url, (progress) => {
      this.status.textContent = `${note}${describeProgress(url, progress)}`;
    });
    if (!downloaded.ok) {
      this.say(`${note}${opening.subject ?? 'The link'} could not be opened: ${downloaded.message}.`);
      if (downloaded.retry) {
        this.retryButton.hidden = false;
        this.retryDownload = () => void this.openLink(url, opening);
      }
      return;
    }
    this.say(`${note}Reading ${downloaded.input.name}…`);
    await this.showPreview(downloaded.input, undefined, opening.afterInstall);
    this.say(note.trim());
  }

  private renderPreview(input: PackInput, result: PackImport, afterInstall?: (pack: Pack) => void): void {
    const pack = result.pack;
    const errors = result.problems.filter((problem) => problem.severity === 'error');
    const warnings = result.problems.filter((problem) => problem.severity === 'warning');
    const heading = el('h2', {
      text: pack ? `Preview: ${pack.title}` : `Nothing to install from ${input.name}`,
      attrs: { id: 'preview-title' },
    });
    const summary = el('p', {
      text: `${input.name}, read as ${formatOf(result.format).name}: ${pack?.questions.length ?? 0} ${pack?.questions.length === 1 ? 'question' : 'questions'}, ${errors.length} ${errors.length === 1 ? 'error' : 'errors'}, ${warnings.length} ${warnings.length === 1 ? 'warning' : 'warnings'}.`,
    });
    const problems =
      result.problems.length > 0
        ? el(
            'ul',
            { className: 'problem-list', attrs: { 'aria-label': 'Problems found' } },
            result.problems.map((problem) =>
              el('li', { className: problem.severity }, [
                el('strong', { text: problem.severity === 'error' ? 'Error: ' : 'Warning: ' }),
                formatProblem(problem),
              ]),
            ),
          )
        : null;
    const questions = pack
      ? el(
          'ol',
          { className: 'preview-questions', attrs: { 'aria-label': 'Questions found' } },
          pack.questions
            .slice(0, PREVIEW_LIST_LIMIT)
            .map((question) =>
              el('li', {}, [
                el('span', { className: 'question-type', text: `${question.type}: ` }),
                question.prompt,
              ]),
            ),
        )
      : null;
    const more =
      pack && pack.questions.length > PREVIEW_LIST_LIMIT
        ? el('p', { text: `…and ${pack.questions.length - PREVIEW_LIST_LIMIT} more.` })
        : null;
    const existing = pack ? this.deps.list().find((listing) => listing.id === pack.id) : undefined;
    const conflict = pack && existing ? this.conflictText(pack, existing) : null;
    const actions = el('div', { className: 'actions' });
    if (pack && !(existing?.builtIn ?? false)) {
      const install = el('button', {
        className: 'primary',
        text: existing ? (pack.version > existing.version ? 'Update pack' : 'Replace pack') : 'Install pack',
        attrs: { type: 'button' },
        onClick: () => {
          install.disabled = true;
          void this.deps.install(pack, input.name).then(
            () => {
              this.previewArea.hidden = true;
              this.renderList();
              this.say(`Installed “${pack.title}” with ${pack.questions.length} questions.`);
              focusHeading(this.heading);
              afterInstall?.(pack);
            },
            (error: unknown) => {
              install.disabled = false;
              this.say(`The pack could not be saved: ${errorMessage(error)}`);
            },
          );
        },
      });
      actions.append(install);
    }
    actions.append(
      el('button', {
        text: 'Cancel',
        attrs: { type: 'button' },
        onClick: () => {
          this.previewArea.hidden = true;
          this.say('Nothing was installed.');
          focusHeading(this.heading);
        },
      }),
    );
    const parts: (HTMLElement | null)[] = [
      heading,
      summary,
      conflict ? el('p', { className: 'notice-warning', text: conflict }) : null,
      problems,
      questions,
      more,
      actions,
    ];
    this.previewArea.replaceChildren(...parts.filter((part): part is HTMLElement => part !== null));
    this.previewArea.hidden = false;
    focusHeading(heading);
  }

  private conflictText(pack: Pack, existing: PackListing): string {
    if (existing.builtIn)
      return `A built-in pack already uses the id “${pack.id}”. Change the pack's id to install it.`;
    if (pack.version > existing.version)
      return `This updates “${existing.title}” from version ${existing.version} to ${pack.version}. Progress on its questions is kept.`;
    return `A pack with the id “${pack.id}” is installed (“${existing.title}”, version ${existing.version}). Installing replaces it; progress on its questions is kept.`;
  }

  private renderList(): void {
    const packs = this.deps.list();
    this.listArea.replaceChildren(
      el('h2', { text: 'Installed packs', attrs: { id: 'installed-title' } }),
      el(
        'ul',
        { className: 'pack-list' },
        packs.map((listing) =>
          el('li', { className: 'pack-entry' }, [
            el('p', { className: 'pack-title' }, [
              el('strong', { text: listing.title }),
              ` · ${listing.questions} questions · version ${listing.version} · ${listing.author}${listing.builtIn ? ' · built in' : ''}`,
            ]),
            el('div', { className: 'actions' }, [
              el('button', {
                text: 'Play',
                attrs: { type: 'button', 'aria-label': `Play “${listing.title}”` },
                onClick: () => this.deps.play(listing.id),
              }),
              el('button', {
                text: 'Export',
                attrs: { type: 'button', 'aria-label': `Export “${listing.title}”` },
                onClick: () => this.deps.exportPack(listing.id),
              }),
              listing.builtIn ? null : this.removeButton(listing),
            ]),
          ]),
        ),
      ),
    );
  }

  private removeButton(listing: PackListing): HTMLElement {
    const button = el('button', {
      text: 'Remove',
      attrs: { type: 'button', 'aria-label': `Remove “${listing.title}”` },
    });
    button.addEventListener('click', () => {
      const confirmRow = el(
        'div',
        { className: 'confirm', attrs: { role: 'group', 'aria-label': 'Confirm removal' } },
        [
          el('p', { text: `Remove “${listing.title}”? Your progress on its questions is kept.` }),
          el('button', {
            className: 'danger',
            text: 'Yes, remove it',
            attrs: { type: 'button' },
            onClick: () => {
              void this.deps.remove(listing.id).then(() => {
                this.renderList();
                this.say(`Removed “${listing.title}”.`);
                focusHeading(this.heading);
              });
            },
          }),
          el('button', {
            text: 'Keep it',
            attrs: { type: 'button' },
            onClick: () => {
              confirmRow.remove();
              button.focus();
            },
          }),
        ],
      );
      button.parentElement?.after(confirmRow);
      (confirmRow.querySelector('button.danger') as HTMLButtonElement).focus();
    });
    return button;
  }
}
