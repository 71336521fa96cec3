import { STUDY_LIMITS, type StudySettings } from '../../core/play/gameState';
import { el } from '../widgets/dom';

/** The settings the form edits. */
export type EditableStudySettings = Pick<StudySettings, 'newPerDay' | 'retention' | 'dailyGoal'>;

/** One number field of the form: its label, range and how its value maps to the setting. */
interface Field {
  key: keyof EditableStudySettings;
  label: string;
  hint: string;
  min: number;
  max: number;
  step: number;
  toInput(value: number): number;
  fromInput(value: number): number;
}

const FIELDS: Field[] = [
  {
    key: 'newPerDay',
    label: 'New cards per day',
    hint: 'How many cards you have not studied yet join your flashcards each day.',
    min: STUDY_LIMITS.newPerDay.min,
    max: STUDY_LIMITS.newPerDay.max,
    step: 1,
    toInput: (value) => value,
    fromInput: (value) => value,
  },
  {
    key: 'retention',
    label: 'Desired retention (%)',
    hint: 'How likely you want to be to remember a card when it comes back. Higher means more reviews.',
    min: Math.round(STUDY_LIMITS.retention.min * 100),
    max: Math.round(STUDY_LIMITS.retention.max * 100),
    step: 1,
    toInput: (value) => Math.round(value * 100),
    fromInput: (value) => value / 100,
  },
  {
    key: 'dailyGoal',
    label: 'Daily goal (answers and reviews)',
    hint: 'Shown as a progress bar on the menu.',
    min: STUDY_LIMITS.dailyGoal.min,
    max: STUDY_LIMITS.dailyGoal.max,
    step: 1,
    toInput: (value) => value,
    fromInput: (value) => value,
  },
];

/**
 * The study settings form: new cards per day, desired retention and the daily goal. Each field checks its
 * range and says what is wrong next to it; nothing is saved until every field is valid.
 */
export function studySettingsForm(
  current: EditableStudySettings,
  onSave: (settings: EditableStudySettings) => void,
): HTMLElement {
  const status = el('p', { className: 'form-status', attrs: { role: 'status' } });
  const rows = FIELDS.map((field) => {
    const id = `setting-${field.key}`;
    const error = el('p', { className: 'field-error', attrs: { id: `${id}-error` } });
    const input = el('input', {
      attrs: {
        id,
        type: 'number',
        inputmode: 'numeric',
        min: String(field.min),
        max: String(field.max),
        step: String(field.step),
        value: String(field.toInput(current[field.key])),
        'aria-describedby': `${id}-hint ${id}-error`,
      },
    });
    const row = el('div', { className: 'field' }, [
      el('label', { text: field.label, attrs: { for: id } }),
      input,
      el('p', { className: 'field-hint', text: field.hint, attrs: { id: `${id}-hint` } }),
      error,
    ]);
    return { field, input, error, row };
  });
  const form = el(
    'form',
    { className: 'settings-form', attrs: { 'aria-label': 'Study settings', novalidate: '' } },
    [
      ...rows.map(({ row }) => row),
      el('button', { text: 'Save settings', attrs: { type: 'submit' } }),
      status,
    ],
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const values: Partial<EditableStudySettings> = {};
    let firstInvalid: HTMLInputElement | undefined;
    for (const { field, input, error } of rows) {
      const number = Number(input.value);
      const valid =
        input.value.trim() !== '' && Number.isInteger(number) && number >= field.min && number <= field.max;
      error.textContent = valid
        ? ''
        : `${field.label}: enter a whole number from ${field.min} to ${field.max}.`;
      input.setAttribute('aria-invalid', String(!valid));
      if (valid) values[field.key] = field.fromInput(number);
      else firstInvalid ??= input;
    }
    if (firstInvalid) {
      status.textContent = 'Not saved: fix the fields marked above.';
      firstInvalid.focus();
      return;
    }
    onSave(values as EditableStudySettings);
    status.textContent = 'Settings saved.';
  });
  return form;
}
