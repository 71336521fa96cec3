import { afterEach, describe, expect, it } from 'vitest';
import { type EditableStudySettings, studySettingsForm } from '../../src/ui/panels/studySettingsForm';
import { accessibleName, buttonNames, getButton, visibleText } from './a11y';

const CURRENT: EditableStudySettings = { newPerDay: 20, retention: 0.9, dailyGoal: 30 };

const NEW_PER_DAY = 'New cards per day';
const RETENTION = 'Desired retention (%)';
const GOAL = 'Daily goal (answers and reviews)';

const ERRORS = {
  [NEW_PER_DAY]: 'New cards per day: enter a whole number from 0 to 200.',
  [RETENTION]: 'Desired retention (%): enter a whole number from 70 to 97.',
  [GOAL]: 'Daily goal (answers and reviews): enter a whole number from 1 to 500.',
} as const;

type FieldName = keyof typeof ERRORS;

function setup(current: EditableStudySettings = CURRENT): {
  form: HTMLElement;
  saved: EditableStudySettings[];
} {
  const saved: EditableStudySettings[] = [];
  const form = studySettingsForm(current, (settings) => saved.push(settings));
  document.body.append(form);
  return { form, saved };
}

/** The name of a form control from its `<label for>`, as a screen reader reads it. */
function labelOf(input: HTMLInputElement): string {
  const label = input.ownerDocument.querySelector(`label[for="${input.id}"]`);
  return label ? visibleText(label) : '';
}

/** All spinbuttons (number inputs), in document order. */
function spinbuttons(): HTMLInputElement[] {
  return [...document.querySelectorAll<HTMLInputElement>('input[type="number"], [role="spinbutton"]')];
}

/** The one spinbutton labelled `name`; throws otherwise. */
function spinbutton(name: FieldName): HTMLInputElement {
  const matches = spinbuttons().filter((input) => labelOf(input) === name);
  if (matches.length !== 1) throw new Error(`expected one spinbutton named ${name}, found ${matches.length}`);
  return matches[0]!;
}

/** The accessible description of an element: the text of its aria-describedby targets that have any. */
function description(element: Element): string {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .map((id) => element.ownerDocument.getElementById(id))
    .filter((node): node is HTMLElement => node !== null)
    .map(visibleText)
    .filter((text) => text !== '')
    .join(' ');
}

/** Types a value into a field (replacing what was there), as a user would. */
function type(name: FieldName, value: string): void {
  const input = spinbutton(name);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

function save(): void {
  getButton('Save settings').click();
}

function status(): string {
  const node = document.querySelector('[role="status"]');
  if (!node) throw new Error('no status element');
  return visibleText(node);
}

/** The error text shown next to a field (its description without the hint). */
function errorOf(name: FieldName): string {
  const input = spinbutton(name);
  return visibleText(document.getElementById(`${input.id}-error`)!);
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('studySettingsForm: fields', () => {
  it('is a form named "Study settings" with one "Save settings" button and an empty status', () => {
    const { form } = setup();
    expect(form.tagName).toBe('FORM');
    expect(accessibleName(form)).toBe('Study settings');
    expect(buttonNames()).toEqual(['Save settings']);
    expect(getButton('Save settings').type).toBe('submit');
    expect(status()).toBe('');
  });

  it('holds three labelled spinbuttons with the current values, retention shown as a percentage', () => {
    setup();
    expect(spinbuttons().map(labelOf)).toEqual([NEW_PER_DAY, RETENTION, GOAL]);
    expect(spinbutton(NEW_PER_DAY).value).toBe('20');
    expect(spinbutton(RETENTION).value).toBe('90');
    expect(spinbutton(GOAL).value).toBe('30');
  });

  it('rounds a retention like 0.87 to a whole percentage', () => {
    setup({ newPerDay: 0, retention: 0.87, dailyGoal: 1 });
    expect(spinbutton(NEW_PER_DAY).value).toBe('0');
    expect(spinbutton(RETENTION).value).toBe('87');
    expect(spinbutton(GOAL).value).toBe('1');
  });

  it('gives each field its range and step', () => {
    setup();
    const ranges = spinbuttons().map((input) => [input.min, input.max, input.step]);
    expect(ranges).toEqual([
      ['0', '200', '1'],
      ['70', '97', '1'],
      ['1', '500', '1'],
    ]);
  });

  it('describes each field with its hint and no error at first', () => {
    setup();
    expect(description(spinbutton(NEW_PER_DAY))).toBe(
      'How many cards you have not studied yet join your flashcards each day.',
    );
    expect(description(spinbutton(RETENTION))).toBe(
      'How likely you want to be to remember a card when it comes back. Higher means more reviews.',
    );
    expect(description(spinbutton(GOAL))).toBe('Shown as a progress bar on the menu.');
    expect(spinbuttons().every((input) => !input.hasAttribute('aria-invalid'))).toBe(true);
  });
});

describe('studySettingsForm: saving', () => {
  it('saves the unchanged values and says so', () => {
    const { saved } = setup();
    save();
    expect(saved).toEqual([{ newPerDay: 20, retention: 0.9, dailyGoal: 30 }]);
    expect(status()).toBe('Settings saved.');
    expect(spinbuttons().map((input) => input.getAttribute('aria-invalid'))).toEqual([
      'false',
      'false',
      'false',
    ]);
  });

  it('saves new values, with retention as a fraction', () => {
    const { saved } = setup();
    type(NEW_PER_DAY, '35');
    type(RETENTION, '85');
    type(GOAL, '50');
    save();
    expect(saved).toEqual([{ newPerDay: 35, retention: 0.85, dailyGoal: 50 }]);
    expect(status()).toBe('Settings saved.');
  });

  it('also saves on form submission (Enter in a field)', () => {
    const { form, saved } = setup();
    type(GOAL, '12');
    (form as HTMLFormElement).requestSubmit();
    expect(saved).toEqual([{ newPerDay: 20, retention: 0.9, dailyGoal: 12 }]);
  });

  it('accepts the ends of every range', () => {
    const { saved } = setup();
    type(NEW_PER_DAY, '0');
    type(RETENTION, '70');
    type(GOAL, '1');
    save();
    type(NEW_PER_DAY, '200');
    type(RETENTION, '97');
    type(GOAL, '500');
    save();
    expect(saved).toEqual([
      { newPerDay: 0, retention: 0.7, dailyGoal: 1 },
      { newPerDay: 200, retention: 0.97, dailyGoal: 500 },
    ]);
    expect(status()).toBe('Settings saved.');
  });
});

describe('studySettingsForm: invalid values', () => {
  it.each([
    [NEW_PER_DAY, '201'],
    [NEW_PER_DAY, '-1'],
    [NEW_PER_DAY, ''],
    [NEW_PER_DAY, '2.5'],
    [RETENTION, '69'],
    [RETENTION, '98'],
    [RETENTION, '0.9'],
    [RETENTION, ''],
    [GOAL, '0'],
    [GOAL, '501'],
    [GOAL, '10.5'],
    [GOAL, ''],
  ] as const)('rejects %s = "%s": error text, aria-invalid, focus, nothing saved', (name, value) => {
    const { saved } = setup();
    type(name, value);
    save();
    const input = spinbutton(name);
    expect(errorOf(name)).toBe(ERRORS[name]);
    expect(description(input)).toContain(ERRORS[name]);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(input);
    expect(saved).toEqual([]);
    expect(status()).toBe('Not saved: fix the fields marked above.');
    const fields: FieldName[] = [NEW_PER_DAY, RETENTION, GOAL];
    for (const other of fields.filter((field) => field !== name)) {
      expect(errorOf(other)).toBe('');
      expect(spinbutton(other).getAttribute('aria-invalid')).toBe('false');
    }
  });

  it('marks every invalid field and focuses the first of them', () => {
    const { saved } = setup();
    type(RETENTION, '99');
    type(GOAL, '0');
    save();
    expect(saved).toEqual([]);
    expect(errorOf(NEW_PER_DAY)).toBe('');
    expect(errorOf(RETENTION)).toBe(ERRORS[RETENTION]);
    expect(errorOf(GOAL)).toBe(ERRORS[GOAL]);
    expect(spinbuttons().map((input) => input.getAttribute('aria-invalid'))).toEqual([
      'false',
      'true',
      'true',
    ]);
    expect(document.activeElement).toBe(spinbutton(RETENTION));
  });

  it('clears the error on the next submit once the value is fixed, and then saves', () => {
    const { saved } = setup();
    type(NEW_PER_DAY, '500');
    save();
    expect(errorOf(NEW_PER_DAY)).toBe(ERRORS[NEW_PER_DAY]);
    type(NEW_PER_DAY, '15');
    save();
    expect(errorOf(NEW_PER_DAY)).toBe('');
    expect(description(spinbutton(NEW_PER_DAY))).toBe(
      'How many cards you have not studied yet join your flashcards each day.',
    );
    expect(spinbutton(NEW_PER_DAY).getAttribute('aria-invalid')).toBe('false');
    expect(saved).toEqual([{ newPerDay: 15, retention: 0.9, dailyGoal: 30 }]);
    expect(status()).toBe('Settings saved.');
  });

  it('keeps one error while another field is still wrong, and saves nothing', () => {
    const { saved } = setup();
    type(NEW_PER_DAY, '-5');
    type(GOAL, '1000');
    save();
    type(NEW_PER_DAY, '5');
    save();
    expect(errorOf(NEW_PER_DAY)).toBe('');
    expect(errorOf(GOAL)).toBe(ERRORS[GOAL]);
    expect(document.activeElement).toBe(spinbutton(GOAL));
    expect(saved).toEqual([]);
    expect(status()).toBe('Not saved: fix the fields marked above.');
  });

  it('replaces "Settings saved." when a later submit fails', () => {
    const { saved } = setup();
    save();
    expect(status()).toBe('Settings saved.');
    type(RETENTION, '50');
    save();
    expect(status()).toBe('Not saved: fix the fields marked above.');
    expect(saved).toHaveLength(1);
  });
});
