import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../src/core/importers/detectFormat';

/** A few bytes that start like a zip file (an .xlsx is one). */
const ZIP = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);

describe('detectFormat', () => {
  it('decides by a file name ending that only one format reads, whatever the content', () => {
    expect(detectFormat('pack.json', 'not json at all')).toBe('borderlines');
    expect(detectFormat('Week 3.GIFT', 'question,answer')).toBe('gift');
    expect(detectFormat('export.xml', '{"format": "borderlines-pack"}')).toBe('moodle-xml');
    expect(detectFormat('kahoot.xlsx', 'question,answer')).toBe('kahoot');
  });

  it('reads the content when the ending is shared (.txt, .csv, .tsv) or missing', () => {
    expect(detectFormat('a.txt', '{"format": "borderlines-pack"}')).toBe('borderlines');
    expect(detectFormat('a.txt', '<?xml version="1.0"?>\n<quiz></quiz>')).toBe('moodle-xml');
    expect(detectFormat('a.csv', ZIP)).toBe('kahoot');
    expect(detectFormat('a.csv', 'Question - max 120 characters,Answer 1\n')).toBe('kahoot');
    expect(detectFormat('a.csv', '#separator:comma\nFront,Back')).toBe('anki');
    expect(detectFormat('a.txt', 'Grant is {~buried =entombed} in Grant’s tomb.')).toBe('gift');
    expect(detectFormat('a.tsv', 'Aigun\t1858\nNerchinsk\t1689')).toBe('quizlet');
    expect(detectFormat('pasted text', 'Aigun\t1858')).toBe('quizlet');
    expect(detectFormat('a.txt', 'question,answer\nCapital?,Beijing')).toBe('csv');
  });

  it('asks the most particular formats first', () => {
    expect(detectFormat('a.txt', '{"title": "a {=b ~c} block"}')).toBe('borderlines');
    expect(detectFormat('a.txt', '#separator:tab\n::Title:: {=a ~b}\tback')).toBe('anki');
    expect(detectFormat('a.txt', 'question\tanswer\nCapital?\tBeijing')).toBe('csv');
  });

  it('sees through a byte-order mark and decodes bytes before looking', () => {
    expect(detectFormat('a.txt', '\uFEFF{"format": "borderlines-pack"}')).toBe('borderlines');
    expect(detectFormat('a.txt', new TextEncoder().encode('\uFEFF$CATEGORY: treaties\n\nQ {T}'))).toBe(
      'gift',
    );
  });

  it('falls back to CSV for empty input', () => {
    expect(detectFormat('empty.csv', '')).toBe('csv');
    expect(detectFormat('empty.txt', new Uint8Array())).toBe('csv');
  });
});
