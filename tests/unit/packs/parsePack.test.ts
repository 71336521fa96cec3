import { describe, it, expect } from 'vitest';
import type { Problem } from '../../../src/core/problems';
import { parseJsonWithLocations } from '../../../src/core/packs/jsonText';
import { PACK_FORMAT_VERSION } from '../../../src/core/packs/packSchema';
import { type ParsedPack, formatPath, parsePack } from '../../../src/core/packs/parsePack';
import { makePack, makeSource, singleQuestion, trueFalseQuestion } from '../../support/packs';

const FILE = 'questions/test-pack.json';

/** Envelope fields of a valid pack, in the order they are written. */
function envelope(): Record<string, unknown> {
  const { questions, deferred, ...head } = makePack([]);
  return head;
}

/** A pack's text with one envelope field per line and one question per line, so that lines are predictable. */
interface PackText {
  text: string;
  /** 1-based line of `questions[index]`. */
  questionLine(index: number): number;
  /** 1-based line and column of the first occurrence of `needle` on or after line `fromLine`. */
  find(needle: string, fromLine?: number): { line: number; column: number };
}

function packText(
  options: {
    questions?: unknown[];
    fields?: Record<string, unknown>;
    omit?: string[];
    leading?: string;
  } = {},
): PackText {
  const fields = { ...envelope(), ...options.fields };
  for (const key of options.omit ?? []) delete fields[key];
  const questions = options.questions ?? [];
  const lines = [
    '{',
    ...Object.entries(fields).map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)},`),
    '  "questions": [',
    ...questions.map(
      (question, index) => `    ${JSON.stringify(question)}${index < questions.length - 1 ? ',' : ''}`,
    ),
    '  ]',
    '}',
  ];
  const leading = options.leading ?? '';
  const text = leading + lines.join('\n') + '\n';
  const allLines = text.split('\n');
  const firstQuestionLine = allLines.indexOf('  "questions": [') + 2;
  return {
    text,
    questionLine: (index) => firstQuestionLine + index,
    find(needle, fromLine = 1) {
      for (let i = fromLine - 1; i < allLines.length; i++) {
        const column = (allLines[i] ?? '').indexOf(needle);
        if (column >= 0) return { line: i + 1, column: column + 1 };
      }
      throw new Error(`"${needle}" not found in the test pack`);
    },
  };
}

/** Parses and expects success. */
function parseOk(text: string, file = FILE): ParsedPack {
  const result = parsePack(text, file);
  if (!result.ok) throw new Error(`expected the pack to parse, got ${JSON.stringify(result.problems)}`);
  return result.value;
}

/** Parses and expects failure. */
function parseFail(text: string, file = FILE): Problem[] {
  const result = parsePack(text, file);
  if (result.ok) throw new Error('expected the pack to fail');
  expect(result.problems.length).toBeGreaterThan(0);
  return result.problems;
}

describe('parsePack: valid packs', () => {
  it('parses a pack with a single-choice and a true/false question with no problems', () => {
    const single = singleQuestion('pipeline-length');
    const truefalse = trueFalseQuestion('no-limits-date', { answer: false });
    const parsed = parseOk(packText({ questions: [single, truefalse] }).text);

    expect(parsed.problems).toEqual([]);
    expect(parsed.notices).toEqual([]);
    expect(parsed.pack.deferred).toEqual([]);
    expect(parsed.pack.format).toBe('borderlines-pack');
    expect(parsed.pack.title).toBe('Test pack');
    expect(parsed.pack.sources).toEqual([makeSource()]);
    expect(parsed.pack.questions).toEqual([single, truefalse]);
  });

  it('accepts a pack with no questions at all', () => {
    const parsed = parseOk(packText({ questions: [] }).text);
    expect(parsed.pack.questions).toEqual([]);
    expect(parsed.problems).toEqual([]);
  });

  it('trims surrounding spaces from question text', () => {
    const parsed = parseOk(
      packText({ questions: [trueFalseQuestion('q', { prompt: '  Spaced out.  ' })] }).text,
    );
    expect(parsed.pack.questions[0]?.prompt).toBe('Spaced out.');
  });

  it('leaves the file name out of problems when none is given', () => {
    const result = parsePack('{ "format": ');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).not.toHaveProperty('file');
  });
});

describe('parsePack: JSON syntax errors are located by 1-based line and column', () => {
  it('reports a missing comma at the start of the next field on line 4', () => {
    const text = ['{', '  "format": "borderlines-pack",', '  "formatVersion": 1', '  "id": "x"', '}'].join(
      '\n',
    );
    // Line 3 lacks its comma; the parser notices when the next field starts on line 4.
    const problems = parseFail(text);
    expect(problems[0]).toMatchObject({ file: FILE, line: 4, column: 3, path: '' });
    expect(problems[0]?.message).toMatch(/not valid JSON/);
    expect(problems[0]?.message).toContain(',');
  });

  it('reports a missing comma between two fields of a one-line object on line 4', () => {
    const text = '{\n  "format": "borderlines-pack",\n  "sources": [],\n  "nested": { "a": 1 "b": 2 }\n}';
    const problems = parseFail(text);
    expect(problems[0]).toMatchObject({ line: 4, column: '  "nested": { "a": 1 '.length + 1 });
  });

  it('reports a trailing comma where the closing brace comes', () => {
    const text = '{\n  "format": "borderlines-pack",\n  "id": "x",\n}\n';
    const problems = parseFail(text);
    expect(problems[0]).toMatchObject({ file: FILE, line: 4, column: 1 });
    expect(problems[0]?.message).toMatch(/not valid JSON/);
  });

  it('reports a trailing comma inside a list', () => {
    const text = '{\n  "tags": ["a", "b",]\n}';
    const problems = parseFail(text);
    expect(problems[0]).toMatchObject({ line: 2, column: '  "tags": ["a", "b",'.length + 1 });
  });

  it('reports an unclosed string at the quote that opens it', () => {
    const text = '{\n  "format": "borderlines-pack",\n  "title": "Pipelines\n}\n';
    const problems = parseFail(text);
    expect(problems[0]).toMatchObject({ file: FILE, line: 3, column: '  "title": '.length + 1 });
    expect(problems[0]?.message).toMatch(/quotes is not closed/);
  });

  it('reports an empty file at line 1, column 1', () => {
    const problems = parseFail('');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: FILE, line: 1, column: 1, path: '' });
  });

  it('says that an empty file is empty', () => {
    // jsonText.ts has a dedicated "the file is empty" message for this case.
    expect(parseFail('')[0]?.message).toMatch(/empty/i);
    expect(parseFail('  \n\t\n')[0]?.message).toMatch(/empty/i);
  });

  it('parses a valid pack that starts with a byte-order mark', () => {
    const parsed = parseOk('\uFEFF' + packText({ questions: [trueFalseQuestion('q')] }).text);
    expect(parsed.pack.questions.map((q) => q.id)).toEqual(['q']);
  });

  it('locates errors on later lines of a file with a byte-order mark as if the mark were not there', () => {
    const body = '{\n  "format": "borderlines-pack"\n  "id": "x"\n}';
    const withoutBom = parseFail(body)[0];
    const withBom = parseFail('\uFEFF' + body)[0];
    expect(withoutBom).toMatchObject({ line: 3, column: 3 });
    expect(withBom).toMatchObject({ line: withoutBom?.line, column: withoutBom?.column });
  });

  it('does not count a byte-order mark as a column on line 1', () => {
    // Editors do not show the mark: `{"format" 1}` has its error at column 11 either way.
    const body = '{"format" 1}';
    expect(parseFail(body)[0]).toMatchObject({ line: 1, column: 11 });
    expect(parseFail('\uFEFF' + body)[0]).toMatchObject({ line: 1, column: 11 });
  });

  it('locates validation problems of a file with a byte-order mark on later lines correctly', () => {
    const plain = packText({
      questions: [trueFalseQuestion('q0'), trueFalseQuestion('q1', { difficulty: 7 as 1 })],
    });
    const parsed = parseOk('\uFEFF' + plain.text);
    const at = plain.find('"difficulty"', plain.questionLine(1));
    expect(parsed.problems[0]).toMatchObject({
      path: 'questions[1].difficulty',
      line: at.line,
      column: at.column,
    });
  });

  it('rejects comments, which JSON does not allow', () => {
    const problems = parseFail('{\n  // a comment\n  "format": "borderlines-pack"\n}');
    expect(problems[0]).toMatchObject({ line: 2, column: 3 });
    expect(problems[0]?.message).toMatch(/comment/);
  });
});

describe('parsePack: the envelope', () => {
  it('fails on a missing title, naming the field and the line of the object', () => {
    const text = packText({ omit: ['title'], questions: [trueFalseQuestion('q')], leading: '\n\n' }).text;
    const problems = parseFail(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: FILE, path: 'title', line: 3, column: 1 });
    expect(problems[0]?.message).toContain('title');
    expect(problems[0]?.message).toMatch(/missing/);
  });

  it('reports a wrongly typed envelope field at its own line', () => {
    const pack = packText({ fields: { version: 'one' } });
    const problems = parseFail(pack.text);
    const at = pack.find('"version"');
    expect(problems[0]).toMatchObject({ path: 'version', line: at.line, column: at.column });
    expect(problems[0]?.message).toMatch(/version must be a number/);
  });

  it('fails on formatVersion 2, saying a newer version of the game is needed', () => {
    const pack = packText({
      fields: { formatVersion: PACK_FORMAT_VERSION + 1 },
      questions: [trueFalseQuestion('q')],
    });
    const problems = parseFail(pack.text);
    expect(problems).toHaveLength(1);
    const at = pack.find('"formatVersion"');
    expect(problems[0]).toMatchObject({
      file: FILE,
      path: 'formatVersion',
      line: at.line,
      column: at.column,
    });
    expect(problems[0]?.message).toMatch(/newer version/);
    expect(problems[0]?.message).toContain('2');
  });

  it('fails on a wrong format name', () => {
    const problems = parseFail(packText({ fields: { format: 'anki-deck' } }).text);
    expect(problems[0]?.path).toBe('format');
    expect(problems[0]?.message).toContain('borderlines-pack');
  });

  it.each([
    ['a list', '[{"format": "borderlines-pack"}]'],
    ['a string', '"borderlines-pack"'],
    ['a number', '42'],
    ['null', 'null'],
  ])('fails when the top level is %s, not an object', (_label, text) => {
    const problems = parseFail(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: FILE, path: '', line: 1, column: 1 });
    expect(problems[0]?.message).toMatch(/object/);
  });

  it('reports a source id used twice', () => {
    const pack = packText({
      fields: { sources: [makeSource(), makeSource()] },
      questions: [trueFalseQuestion('q')],
    });
    const parsed = parseOk(pack.text);
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]?.path).toBe('sources[1].id');
    expect(parsed.problems[0]?.message).toContain('summit');
    expect(parsed.pack.questions).toHaveLength(1);
  });
});

describe('parsePack: sources', () => {
  it('gives a source without a kind the kind "article", so packs written before kinds still load', () => {
    const { kind: _kind, ...old } = makeSource();
    const parsed = parseOk(
      packText({ fields: { sources: [old] }, questions: [trueFalseQuestion('q')] }).text,
    );
    expect(parsed.pack.sources[0]?.kind).toBe('article');
  });

  it('keeps a named reference without a date, and a question citing it with an article', () => {
    const reference = {
      id: 'aigun',
      kind: 'reference',
      title: 'Treaty of Aigun',
      outlet: 'treaty text',
      author: 'Russia and Qing China',
    };
    const question = trueFalseQuestion('q', { source: ['summit', 'aigun'] });
    const parsed = parseOk(
      packText({ fields: { sources: [makeSource(), reference] }, questions: [question] }).text,
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.pack.sources[1]).toEqual(reference);
    expect(parsed.pack.questions[0]?.source).toEqual(['summit', 'aigun']);
  });

  it('refuses a kind it does not know, naming the field', () => {
    const pack = packText({
      fields: { sources: [makeSource({ kind: 'rumour' as 'article' })] },
      questions: [trueFalseQuestion('q')],
    });
    const problems = parseFail(pack.text);
    expect(problems).toEqual([
      expect.objectContaining({
        path: 'sources[0].kind',
        message: 'kind must be one of "article", "reference", "map"',
      }),
    ]);
  });

  it.each([
    ['a script', 'javascript:alert(document.cookie)'],
    ['a script in capitals', 'JavaScript:alert(1)'],
    ['inline data', 'data:text/html,<script>alert(1)</script>'],
    ['a local file', 'file:///etc/passwd'],
    ['a mail address', 'mailto:someone@example.org'],
  ])('refuses %s as a source url, saying which source and field, and keeps the rest', (_label, url) => {
    const pack = packText({
      fields: { sources: [makeSource(), makeSource({ id: 'bad-link', url })] },
      questions: [trueFalseQuestion('q')],
    });
    const parsed = parseOk(pack.text);
    expect(parsed.problems).toEqual([
      {
        file: FILE,
        path: 'sources[1].url',
        line: pack.find('"sources"').line,
        column: pack.find('"url"').column,
        message:
          'url must be a web link starting with http:// or https://; the link of source "bad-link" is left out',
      },
    ]);
    expect(parsed.pack.sources[1]).not.toHaveProperty('url');
    expect(parsed.pack.sources[1]?.id).toBe('bad-link');
    expect(parsed.pack.questions.map((question) => question.id)).toEqual(['q']);
  });

  it('says a url that is not an address at all is not one, naming the source by position when it has no id', () => {
    const { id: _id, ...nameless } = makeSource({ url: 'not a link' });
    const parsed = parsePack(packText({ fields: { sources: [nameless] } }).text, FILE);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map((problem) => [problem.path, problem.message])).toEqual([
      ['sources[0].url', 'url must be a full web address; the link of sources[0] is left out'],
      ['sources[0].id', '"id" is missing'],
    ]);
  });

  it.each(['https://www.britannica.com/place/Amur-River', 'http://example.org/article?id=3'])(
    'accepts the web link %s',
    (url) => {
      const pack = packText({
        fields: { sources: [makeSource({ url })] },
        questions: [trueFalseQuestion('q')],
      });
      expect(parseOk(pack.text).pack.sources[0]?.url).toBe(url);
    },
  );
});

describe('parsePack: one bad question is reported and the others are kept', () => {
  const good0 = trueFalseQuestion('good-0');
  const good2 = singleQuestion('good-2');

  const cases: {
    name: string;
    bad: Record<string, unknown>;
    path: string;
    /** Text on the question's line where the problem should point; the object itself when absent. */
    anchor?: string;
    message: RegExp;
  }[] = [
    (() => {
      const bad: Record<string, unknown> = { ...singleQuestion('bad') };
      delete bad.prompt;
      return { name: 'a missing prompt', bad, path: 'questions[1].prompt', message: /"prompt" is missing/ };
    })(),
    {
      name: 'two correct choices',
      bad: {
        ...singleQuestion('bad'),
        choices: [{ text: 'Moscow', correct: true }, { text: 'Beijing', correct: true }, { text: 'Harbin' }],
      },
      path: 'questions[1].choices',
      anchor: '"choices"',
      message: /exactly one correct choice, found 2/,
    },
    {
      name: 'no correct choice',
      bad: { ...singleQuestion('bad'), choices: [{ text: 'Moscow' }, { text: 'Beijing' }] },
      path: 'questions[1].choices',
      anchor: '"choices"',
      message: /exactly one correct choice, found 0/,
    },
    {
      name: 'a choice text repeated in another case',
      bad: {
        ...singleQuestion('bad'),
        choices: [{ text: 'Beijing', correct: true }, { text: 'Harbin' }, { text: 'BEIJING' }],
      },
      path: 'questions[1].choices[2].text',
      anchor: '"text":"BEIJING"',
      message: /BEIJING/,
    },
    {
      name: 'a source that is not in the pack',
      bad: { ...singleQuestion('bad'), source: 'no-such-article' },
      path: 'questions[1].source',
      anchor: '"source"',
      message: /no-such-article/,
    },
    {
      name: 'a list of sources with one that is not in the pack',
      bad: { ...singleQuestion('bad'), source: ['summit', 'no-such-article'] },
      path: 'questions[1].source[1]',
      anchor: '"no-such-article"',
      message: /source "no-such-article" is not listed in the pack's sources/,
    },
    {
      name: 'a list of sources naming one source twice',
      bad: { ...singleQuestion('bad'), source: ['summit', 'summit'] },
      path: 'questions[1].source[1]',
      anchor: '"summit"]',
      message: /source "summit" is cited twice/,
    },
    {
      name: 'an empty list of sources',
      bad: { ...singleQuestion('bad'), source: [] },
      path: 'questions[1].source',
      anchor: '"source"',
      message: /at least one source id/,
    },
    {
      name: 'a source that is neither an id nor a list',
      bad: { ...singleQuestion('bad'), source: 7 },
      path: 'questions[1].source',
      anchor: '"source"',
      message: /source must be a source id or a list of source ids/,
    },
    {
      name: 'difficulty 4',
      bad: { ...singleQuestion('bad'), difficulty: 4 },
      path: 'questions[1].difficulty',
      anchor: '"difficulty"',
      message: /difficulty must be 1, 2 or 3/,
    },
    {
      name: 'a question id used by an earlier question',
      bad: { ...singleQuestion('good-0') },
      path: 'questions[1].id',
      anchor: '"id"',
      message: /"good-0".*questions\[0\]/,
    },
    {
      name: 'a question that is not an object',
      bad: ['not', 'a', 'question'] as unknown as Record<string, unknown>,
      path: 'questions[1]',
      message: /must be an object/,
    },
    {
      name: 'a missing type',
      bad: { ...singleQuestion('bad'), type: undefined },
      path: 'questions[1].type',
      message: /"type" is missing/,
    },
  ];

  it.each(cases)('$name', ({ bad, path, anchor, message }) => {
    const pack = packText({ questions: [good0, bad, good2] });
    const parsed = parseOk(pack.text);

    expect(parsed.problems).toHaveLength(1);
    const problem = parsed.problems[0];
    expect(problem?.path).toBe(path);
    expect(problem?.file).toBe(FILE);
    expect(problem?.message).toMatch(message);
    const line = pack.questionLine(1);
    const column = anchor ? pack.find(anchor, line).column : pack.find('[', line).column;
    expect(problem?.line).toBe(line);
    if (anchor || Array.isArray(bad)) expect(problem?.column).toBe(column);
    else expect(problem?.column).toBe(pack.find('{', line).column);

    expect(parsed.pack.questions.map((q) => q.id)).toEqual(['good-0', 'good-2']);
    expect(parsed.pack.deferred).toEqual([]);
  });

  it('reports every bad question when several are broken, each at its own line', () => {
    const pack = packText({
      questions: [
        { ...singleQuestion('a'), difficulty: 0 },
        good0,
        { ...trueFalseQuestion('b'), answer: 'yes' },
        good2,
      ],
    });
    const parsed = parseOk(pack.text);
    expect(parsed.problems.map((p) => [p.path, p.line])).toEqual([
      ['questions[0].difficulty', pack.questionLine(0)],
      ['questions[2].answer', pack.questionLine(2)],
    ]);
    expect(parsed.pack.questions.map((q) => q.id)).toEqual(['good-0', 'good-2']);
  });
});

describe('parsePack: question types this version does not know', () => {
  it('keeps an "essay" question in deferred with a notice, not an error', () => {
    const essay = {
      id: 'treaty-essay',
      type: 'essay',
      prompt: 'Discuss the treaties.',
    };
    const pack = packText({ questions: [trueFalseQuestion('tf'), essay, singleQuestion('sc')] });
    const parsed = parseOk(pack.text);

    expect(parsed.problems).toEqual([]);
    expect(parsed.pack.questions.map((q) => q.id)).toEqual(['tf', 'sc']);
    expect(parsed.pack.deferred).toEqual([{ id: 'treaty-essay', type: 'essay', raw: essay }]);
    expect(parsed.notices).toHaveLength(1);
    const at = pack.find('"type"', pack.questionLine(1));
    expect(parsed.notices[0]).toMatchObject({
      file: FILE,
      path: 'questions[1].type',
      line: at.line,
      column: at.column,
    });
    expect(parsed.notices[0]?.message).toContain('essay');
  });
});

describe('parsePack: "__proto__" keys stay plain data', () => {
  it('does not pollute Object.prototype or change the prototype of parsed objects', () => {
    const text = [
      '{',
      '  "__proto__": { "polluted": "envelope" },',
      '  "format": "borderlines-pack",',
      '  "formatVersion": 1,',
      '  "id": "proto-pack",',
      '  "version": 1,',
      '  "title": "Proto",',
      '  "author": "A",',
      '  "license": "CC0-1.0",',
      '  "language": "en",',
      '  "sources": [{ "id": "summit", "title": "T", "outlet": "O", "author": "A", "date": "2023" }],',
      '  "questions": [',
      '    { "id": "later", "type": "timeline", "__proto__": { "polluted": "question", "isAdmin": true } }',
      '  ]',
      '}',
    ].join('\n');
    const parsed = parseOk(text);

    const probe: Record<string, unknown> = {};
    expect(probe.polluted).toBeUndefined();
    expect(probe.isAdmin).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');

    const raw = parsed.pack.deferred[0]?.raw as Record<string, unknown>;
    expect(Object.getPrototypeOf(raw)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(raw, '__proto__')).toBe(true);
    expect(Object.getOwnPropertyDescriptor(raw, '__proto__')?.value).toEqual({
      polluted: 'question',
      isAdmin: true,
    });
    expect(raw.isAdmin).toBeUndefined();
    expect(Object.getPrototypeOf(parsed.pack)).toBe(Object.prototype);
    expect((parsed.pack as unknown as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps "__proto__" as an own key of the raw JSON value', () => {
    const parsed = parseJsonWithLocations('{"__proto__": {"x": 1}, "a": {"__proto__": []}}');
    if (!parsed.ok) throw new Error('expected valid JSON');
    const value = parsed.json.value as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(['__proto__', 'a']);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(value.a)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe('parseJsonWithLocations', () => {
  it('parses values like JSON.parse does', () => {
    const text = '{"a": [1, 2.5, -3e2, true, false, null, "s\\u00e9\\n"], "b": {}}';
    const parsed = parseJsonWithLocations(text);
    if (!parsed.ok) throw new Error('expected valid JSON');
    expect(parsed.json.value).toEqual(JSON.parse(text));
  });

  it('locates a nested path, falling back to the nearest existing parent', () => {
    const text = '{\n  "list": [\n    { "k": 1 },\n    { "k": 2 }\n  ]\n}';
    const parsed = parseJsonWithLocations(text);
    if (!parsed.ok) throw new Error('expected valid JSON');
    expect(parsed.json.locate(['list', 1, 'k'])).toEqual({ line: 4, column: 7 });
    expect(parsed.json.locate(['list', 1, 'missing'])).toEqual({ line: 4, column: 5 });
    expect(parsed.json.locate([])).toEqual({ line: 1, column: 1 });
  });
});

describe('formatPath', () => {
  it('renders keys with dots and indices in brackets', () => {
    expect(formatPath(['questions', 3, 'choices', 0, 'text'])).toBe('questions[3].choices[0].text');
  });

  it('renders the empty path as an empty string and a single key as itself', () => {
    expect(formatPath([])).toBe('');
    expect(formatPath(['title'])).toBe('title');
    expect(formatPath(['sources', 0])).toBe('sources[0]');
  });
});
