import { describe, expect, it } from 'vitest';
import { readDelimitedRows } from '../../../src/core/importers/kit/rows';

describe('readDelimitedRows', () => {
  it('locates records that follow multi-line quoted fields, comments and blank lines', () => {
    const text = 'a,b\n"x\ny\nz",2\n# note\n\n"q ""w""",3\n#c\nlast,4';
    const rows = readDelimitedRows(text, ',', true);
    expect(
      rows.filter((row) => row.fields.some((f) => f !== '')).map((row) => [row.fields, row.line]),
    ).toEqual([
      [['a', 'b'], 1],
      [['x\ny\nz', '2'], 2],
      [['q "w"', '3'], 7],
      [['last', '4'], 9],
    ]);
  });

  it('flags a quote that is never closed', () => {
    const rows = readDelimitedRows('a,b\n"open,2\nc,d\n', ',');
    expect(rows[1]?.quoteProblem).toBe('unclosed');
    expect(rows[1]?.line).toBe(2);
  });
});
