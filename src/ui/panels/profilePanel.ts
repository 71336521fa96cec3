import type { ProfileService } from '../../app/profiles';
import { formatProblem } from '../../core/problems';
import { el } from '../widgets/dom';
import { menuDisclosure } from '../widgets/disclosure';
import { errorMessage } from '../../core/errors';

/**
 * The learners panel on the menu: who is playing, switch, add, rename and delete (with confirmation)
 * learners on a shared computer, back up the current learner to a file and restore one from a file,
 * asking before anything is replaced.
 */
export function profilePanel(service: ProfileService, onError: (message: string) => void): HTMLElement {
  const index = service.index();
  const current = index.profiles.find((profile) => profile.id === index.current);
  const status = el('div', { className: 'profile-status', attrs: { role: 'status' } });
  const fail = (error: unknown) => onError(errorMessage(error));

  const rows = index.profiles.map((profile) => {
    const isCurrent = profile.id === index.current;
    const row = el('li', { className: 'profile-entry' });
    const showNormal = () => {
      const parts: (HTMLElement | null)[] = [
        el('span', {
          className: 'profile-name',
          text: isCurrent ? `${profile.name} (playing)` : profile.name,
        }),
        isCurrent
          ? null
          : el('button', {
              text: 'Switch',
              attrs: { type: 'button', 'aria-label': `Switch to ${profile.name}` },
              onClick: () => void service.switchTo(profile.id).catch(fail),
            }),
        el('button', {
          text: 'Rename',
          attrs: { type: 'button', 'aria-label': `Rename ${profile.name}` },
          onClick: () => showRename(),
        }),
        index.profiles.length > 1
          ? el('button', {
              text: 'Delete',
              attrs: { type: 'button', 'aria-label': `Delete ${profile.name}` },
              onClick: () => showDelete(),
            })
          : null,
      ];
      row.replaceChildren(...parts.filter((part): part is HTMLElement => part !== null));
    };
    const showRename = () => {
      const input = el('input', {
        attrs: {
          type: 'text',
          value: profile.name,
          maxlength: '40',
          'aria-label': `New name for ${profile.name}`,
        },
      });
      const form = el('form', { className: 'inline-form' }, [
        input,
        el('button', { text: 'Save name', attrs: { type: 'submit' } }),
        el('button', { text: 'Cancel', attrs: { type: 'button' }, onClick: () => showNormal() }),
      ]);
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        if (input.value.trim() === '') {
          status.textContent = 'A name cannot be empty.';
          input.focus();
          return;
        }
        void service.rename(profile.id, input.value).catch(fail);
      });
      row.replaceChildren(form);
      input.focus();
    };
    const showDelete = () => {
      const keep = el('button', { text: 'Keep', attrs: { type: 'button' }, onClick: () => showNormal() });
      row.replaceChildren(
        el(
          'div',
          { className: 'confirm', attrs: { role: 'group', 'aria-label': `Delete ${profile.name}?` } },
          [
            el('p', {
              text: `Delete ${profile.name} and all their progress on this device? This cannot be undone.`,
            }),
            el('button', {
              className: 'danger',
              text: `Yes, delete ${profile.name}`,
              attrs: { type: 'button' },
              onClick: () => void service.remove(profile.id).catch(fail),
            }),
            keep,
          ],
        ),
      );
      keep.focus();
    };
    showNormal();
    return row;
  });

  const nameInput = el('input', { attrs: { id: 'new-learner', type: 'text', maxlength: '40' } });
  const addForm = el('form', { className: 'inline-form', attrs: { 'aria-label': 'Add a learner' } }, [
    el('label', { text: 'New learner', attrs: { for: 'new-learner' } }),
    nameInput,
    el('button', { text: 'Add learner', attrs: { type: 'submit' } }),
  ]);
  addForm.addEventListener('submit', (event) => {
    event.preventDefault();
    if (nameInput.value.trim() === '') {
      status.textContent = 'Type the new learner’s name first.';
      nameInput.focus();
      return;
    }
    void service.create(nameInput.value).catch(fail);
  });

  const restoreInput = el('input', {
    attrs: { id: 'restore-file', type: 'file', accept: '.json,application/json' },
  });
  restoreInput.addEventListener('change', () => {
    const file = restoreInput.files?.[0];
    restoreInput.value = '';
    if (!file) return;
    void file.text().then(async (text) => {
      const read = service.readBackup(text, file.name);
      if (!read.ok) {
        status.replaceChildren(
          el('p', { text: `${file.name} cannot be restored; nothing was changed:` }),
          el(
            'ul',
            {},
            read.problems.map((problem) => el('li', { text: formatProblem(problem) })),
          ),
        );
        return;
      }
      const backup = read.value;
      const plan = await service.plan(backup);
      const answers = backup.progress.answers.length;
      const summary = `Backup of ${backup.profile.name} from ${new Date(backup.exportedAt).toISOString().slice(0, 10)}: ${answers} ${answers === 1 ? 'answer' : 'answers'}.`;
      if (plan.kind === 'same') {
        status.replaceChildren(
          el('p', { text: `${summary} It is already on this device; nothing was changed.` }),
        );
        return;
      }
      const confirmText =
        plan.kind === 'add'
          ? `Add ${backup.profile.name} as a learner`
          : `Replace ${backup.profile.name}’s progress (${plan.currentAnswers} answers) with the backup`;
      const cancel = el('button', {
        text: 'Cancel',
        attrs: { type: 'button' },
        onClick: () => status.replaceChildren(el('p', { text: 'Nothing was changed.' })),
      });
      status.replaceChildren(
        el('p', { text: summary }),
        el('div', { className: 'actions' }, [
          el('button', {
            className: plan.kind === 'replace' ? 'danger' : 'primary',
            text: confirmText,
            attrs: { type: 'button' },
            onClick: () => void service.restore(backup).catch(fail),
          }),
          cancel,
        ]),
      );
    }, fail);
  });

  return menuDisclosure('learner', `Learner: ${current?.name ?? 'unknown'}`, 'profiles', [
    el('ul', { className: 'profile-list', attrs: { 'aria-label': 'Learners on this device' } }, rows),
    addForm,
    el('div', { className: 'actions' }, [
      el('button', {
        text: `Back up ${current?.name ?? 'this learner'}’s progress`,
        attrs: { type: 'button' },
        onClick: () => service.exportBackup(),
      }),
    ]),
    el('label', { text: 'Restore from a backup file', attrs: { for: 'restore-file' } }),
    restoreInput,
    status,
  ]);
}
