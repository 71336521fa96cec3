import { describe, expect, it } from 'vitest';
import { parseLaunchParams } from '../../../src/core/packs/launchParams';

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
});
