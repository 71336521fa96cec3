import { describe, expect, it } from 'vitest';
import { malformedEscape, parseLaunchParams, rawParam } from '../../../src/core/packs/launchParams';

describe('parseLaunchParams', () => {
  it('reads nothing from an empty query', () => {
    expect(parseLaunchParams('')).toEqual({ params: {}, problems: [] });
  });

  it('reads a pack link and an assignment', () => {
    expect(
      parseLaunchParams('?pack=https%3A%2F%2Fexample.org%2Fweek3.gift&mode=quiz&count=12&seed=77'),
    ).toEqual({
      params: {
        packUrl: 'https://example.org/week3.gift',
        assignment: { mode: 'quiz', count: 12, seed: 77 },
      },
      problems: [],
    });
  });

  it('fills assignment defaults when only some parameters are given', () => {
    expect(parseLaunchParams('?pack=p.json&seed=5').params.assignment).toEqual({
      mode: 'quiz',
      count: 10,
      seed: 5,
    });
  });

  it.each([
    ['?pack=p.json&mode=exam', 'mode', /"exam" is not a mode/],
    ['?pack=p.json&count=0', 'count', /from 1 to 200/],
    ['?pack=p.json&count=2.5', 'count', /whole number/],
    ['?pack=p.json&seed=-1', 'seed', /whole number from 0/],
    ['?pack=', 'pack', /is empty/],
    ['?mode=quiz', 'mode', /needs a pack/],
  ])('reports %s by its parameter', (search, path, message) => {
    const { params, problems } = parseLaunchParams(search);
    expect(params.assignment).toBeUndefined();
    expect(problems).toEqual([{ file: 'the page address', path, message: expect.stringMatching(message) }]);
  });

  it('keeps the pack when only the assignment is wrong', () => {
    expect(parseLaunchParams('?pack=p.json&count=x').params.packUrl).toBe('p.json');
  });

  it.each([
    // A link whose pack address was encoded twice: the page decodes it once, leaving "%E0" in the path.
    ['?pack=https%3A%2F%2Fexample.org%2Fw%25E0k.json', 'https://example.org/w%E0k.json', '%E0', 22],
    ['?pack=https://example.org/100%25.json', 'https://example.org/100%.json', '%.j', 24],
    ['?pack=https://example.org/a%25zz.json', 'https://example.org/a%zz.json', '%zz', 22],
  ])(
    'reports a malformed %% escape in %s by the pack parameter, never throwing',
    (search, url, escape, at) => {
      const { params, problems } = parseLaunchParams(search);
      expect(params.packUrl).toBeUndefined();
      expect(problems).toEqual([
        {
          file: 'the page address',
          path: 'pack',
          message: `"${url}" has a malformed % escape ("${escape}" at character ${at}): a % must be followed by two hex digits that spell UTF-8 text; check how the link was copied`,
        },
      ]);
    },
  );

  it('quotes a pack parameter the address cannot decode as typed, with no replacement character', () => {
    const { params, problems } = parseLaunchParams('?pack=%E0%A4%A');
    expect(params.packUrl).toBeUndefined();
    expect(problems).toEqual([
      {
        file: 'the page address',
        path: 'pack',
        message:
          '"%E0%A4%A" has a malformed % escape ("%E0%A4" at character 1): a % must be followed by two hex digits that spell UTF-8 text; check how the link was copied',
      },
    ]);
    expect(parseLaunchParams('?mode=quiz&pack=https://example.org/%zz.json').problems[0]?.message).toMatch(
      /^"https:\/\/example\.org\/%zz\.json" has a malformed % escape \("%zz" at character 21\)/,
    );
  });

  it('reads a parameter as it is written in the query', () => {
    expect(rawParam('?a=1&pack=x%2Fy+z&pack=2', 'pack')).toBe('x%2Fy+z');
    expect(rawParam('?p%61ck=%E0', 'pack')).toBe('%E0');
    expect(rawParam('?pack', 'pack')).toBe('');
    expect(rawParam('?mode=quiz', 'pack')).toBeUndefined();
  });

  it('accepts well-formed escapes, UTF-8 ones included', () => {
    expect(malformedEscape('https://example.org/%D0%BA%D0%B8%D1%82%D0%B0%D0%B9.json')).toBeUndefined();
    expect(parseLaunchParams('?pack=https://example.org/a%2520b.json').params.packUrl).toBe(
      'https://example.org/a%20b.json',
    );
    expect(malformedEscape('/%D0%BA%D0')).toEqual({ escape: '%D0%BA%D0', at: 2 });
  });
});
