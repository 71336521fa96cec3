import { describe, it, expect } from 'vitest';
import { fail, formatProblem, ok } from '../../src/core/problems';

describe('formatProblem', () => {
  it('says file, line, column and field before the message', () => {
    expect(
      formatProblem({
        file: 'questions/trade.json',
        line: 12,
        column: 5,
        path: 'questions[2].prompt',
        message: 'expected text',
      }),
    ).toBe('questions/trade.json, line 12, column 5 (questions[2].prompt): expected text');
  });

  it('says only the file when that is all that is known', () => {
    expect(
      formatProblem({ file: 'questions/trade.json', path: '', message: 'could not be downloaded' }),
    ).toBe('questions/trade.json: could not be downloaded');
  });

  it('says only the field when there is no file', () => {
    expect(formatProblem({ path: 'settings.muted', message: 'must be true or false' })).toBe(
      '(settings.muted): must be true or false',
    );
  });

  it('is just the message when nothing locates it', () => {
    expect(formatProblem({ path: '', message: 'the file is empty' })).toBe('the file is empty');
  });

  it('gives a line without a column when the column is unknown', () => {
    expect(formatProblem({ file: 'a.json', line: 3, path: 'title', message: 'missing' })).toBe(
      'a.json, line 3 (title): missing',
    );
  });

  it('gives line and column without a file', () => {
    expect(formatProblem({ line: 1, column: 1, path: '', message: 'not valid JSON' })).toBe(
      'line 1, column 1: not valid JSON',
    );
  });
});

describe('ok and fail', () => {
  it('wrap a value and a list of problems', () => {
    expect(ok(3)).toEqual({ ok: true, value: 3 });
    const problems = [{ path: 'x', message: 'bad' }];
    expect(fail(problems)).toEqual({ ok: false, problems });
  });
});
