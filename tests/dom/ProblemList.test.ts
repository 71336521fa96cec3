import { describe, it, expect, afterEach } from 'vitest';
import type { Problem } from '../../src/core/problems';
import { problemNotice } from '../../src/ui/panels/problemList';
import { accessibleName, getButton, visibleText } from './a11y';

function problems(count: number): Problem[] {
  return Array.from({ length: count }, (_, i) => ({
    file: `questions/pack-${i}.json`,
    line: i + 1,
    column: 3,
    path: `questions[${i}].prompt`,
    message: `problem number ${i}`,
  }));
}

function show(notice: HTMLElement): HTMLElement {
  document.body.append(notice);
  return notice;
}

function items(notice: HTMLElement): string[] {
  return [...notice.querySelectorAll('li')].map(visibleText);
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('problemNotice', () => {
  it('is an alert named by its title', () => {
    const notice = show(
      problemNotice({ title: 'Some questions could not be loaded', problems: problems(1) }),
    );
    expect(notice.getAttribute('role')).toBe('alert');
    expect(accessibleName(notice)).toBe('Some questions could not be loaded');
  });

  it('lists each problem with file, line, column and field', () => {
    const notice = show(
      problemNotice({
        title: 'Pack problems',
        problems: [
          {
            file: 'questions/trade.json',
            line: 12,
            column: 5,
            path: 'questions[2].prompt',
            message: '"prompt" is missing',
          },
          { file: 'questions/arms.json', path: '', message: 'could not be downloaded (HTTP 404)' },
        ],
      }),
    );
    expect(items(notice)).toEqual([
      'questions/trade.json, line 12, column 5 (questions[2].prompt): "prompt" is missing',
      'questions/arms.json: could not be downloaded (HTTP 404)',
    ]);
  });

  it('lists twelve problems and summarises the rest', () => {
    const notice = show(problemNotice({ title: 'Many problems', problems: problems(15) }));
    const listed = items(notice);
    expect(listed).toHaveLength(12);
    expect(listed[0]).toContain('questions/pack-0.json, line 1, column 3');
    expect(listed[11]).toContain('problem number 11');
    expect(visibleText(notice)).not.toContain('problem number 12');
    expect(visibleText(notice)).toContain('…and 3 more.');
  });

  it('has no summary when there are exactly twelve', () => {
    const notice = show(problemNotice({ title: 'Twelve', problems: problems(12) }));
    expect(items(notice)).toHaveLength(12);
    expect(visibleText(notice)).not.toContain('more.');
  });

  it('shows the outcome and the actions it is given', () => {
    let retried = 0;
    const retry = document.createElement('button');
    retry.textContent = 'Try again';
    retry.addEventListener('click', () => (retried += 1));
    const notice = show(
      problemNotice({
        title: 'Saved progress could not be read',
        problems: problems(1),
        outcome: 'Your saved data was left as it is.',
        actions: [retry],
      }),
    );
    expect(visibleText(notice)).toContain('Your saved data was left as it is.');
    getButton('Try again', notice).click();
    expect(retried).toBe(1);
  });

  it('is an error unless it is told to be a warning', () => {
    expect(problemNotice({ title: 'A', problems: [] }).classList.contains('notice-error')).toBe(true);
    expect(
      problemNotice({ title: 'B', problems: [], tone: 'warning' }).classList.contains('notice-warning'),
    ).toBe(true);
  });

  it('gives two notices different heading ids', () => {
    const a = show(problemNotice({ title: 'First', problems: [] }));
    const b = show(problemNotice({ title: 'Second', problems: [] }));
    expect(a.getAttribute('aria-labelledby')).not.toBe(b.getAttribute('aria-labelledby'));
    expect(accessibleName(b)).toBe('Second');
  });

  it('shows markup in problem messages as text', () => {
    const notice = show(
      problemNotice({
        title: '<em>t</em>',
        problems: [{ path: '', message: '<img src=x onerror=alert(1)>' }],
      }),
    );
    expect(notice.querySelector('img, em')).toBeNull();
    expect(items(notice)).toEqual(['<img src=x onerror=alert(1)>']);
  });
});
