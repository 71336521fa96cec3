import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assemblePack } from '../../../src/core/importers/assemblePack';
import { type ImportedQuestions, MAX_IMPORT_QUESTIONS } from '../../../src/core/importers/importTypes';
import { importMoodleXml } from '../../../src/core/importers/formats/moodleXml';
import { parsePack } from '../../../src/core/packs/parsePack';
import { formatProblem } from '../../../src/core/problems';

const FILE = 'Week 3 – Treaties.xml';

/** The 1-based line of the first occurrence of `needle` in `text` (which must contain it). */
function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`sample does not contain ${needle}`);
  return text.slice(0, at).split('\n').length;
}

/** Wraps imported questions in a pack and returns what `parsePack` says about it, as readable lines. */
function packProblems(result: ImportedQuestions, file = FILE): string[] {
  const pack = assemblePack(result, { file, date: '2026-11-22' });
  const parsed = parsePack(JSON.stringify(pack), file);
  if (!parsed.ok) return parsed.problems.map(formatProblem);
  return [...parsed.value.problems, ...parsed.value.notices].map(formatProblem);
}

/** A Moodle export with every supported type, categories, HTML, CDATA, entities and unsupported types. */
const QUIZ = `<?xml version="1.0" encoding="UTF-8"?>
<quiz>
<!-- question: 0  -->
  <question type="category">
    <category>
      <text>$course$/top/Russia–China//Eurasia/Treaties &amp; borders</text>
    </category>
    <info format="moodle_auto_format"><text>Questions on the border treaties.</text></info>
  </question>

<!-- question: 101  -->
  <question type="multichoice">
    <name>
      <text>Treaty of Nerchinsk</text>
    </name>
    <questiontext format="html">
      <text><![CDATA[<p>Which year was the <b>Treaty of Nerchinsk</b>
 signed?</p>]]></text>
    </questiontext>
    <generalfeedback format="html">
      <text><![CDATA[<p>It was the first treaty between Russia &amp; China.</p>]]></text>
    </generalfeedback>
    <defaultgrade>1.0000000</defaultgrade>
    <penalty>0.3333333</penalty>
    <hidden>0</hidden>
    <idnumber></idnumber>
    <single>true</single>
    <shuffleanswers>true</shuffleanswers>
    <answernumbering>abc</answernumbering>
    <answer fraction="100" format="html">
      <text>1689</text>
      <feedback format="html">
        <text>Yes: 1689.</text>
      </feedback>
    </answer>
    <answer fraction="50" format="html">
      <text>1727</text>
      <feedback format="html">
        <text><![CDATA[<p>That is the Treaty of Kyakhta.</p>]]></text>
      </feedback>
    </answer>
    <answer fraction="0" format="html">
      <text>1858</text>
      <feedback format="html">
        <text>That is Aigun.</text>
      </feedback>
    </answer>
  </question>

  <question type="multichoice">
    <name><text>Border rivers</text></name>
    <questiontext format="html"><text>&lt;p&gt;Which rivers form part of the border? &amp;nbsp;&lt;/p&gt;</text></questiontext>
    <generalfeedback format="html"><text></text></generalfeedback>
    <single>false</single>
    <answer fraction="50" format="html"><text>Amur</text><feedback format="html"><text>Right.</text></feedback></answer>
    <answer fraction="50" format="html"><text>Ussuri</text><feedback format="html"><text></text></feedback></answer>
    <answer fraction="-100" format="html"><text>Volga</text><feedback format="html"><text>The Volga flows into the Caspian.</text></feedback></answer>
  </question>

  <question type="truefalse">
    <name><text>Border length</text></name>
    <questiontext format="moodle_auto_format"><text>The border is shorter than 1,000 km.
It runs mostly along rivers.</text></questiontext>
    <generalfeedback format="moodle_auto_format"><text></text></generalfeedback>
    <answer fraction="0" format="moodle_auto_format"><text>true</text><feedback format="html"><text>No: it is about 4,200 km long.</text></feedback></answer>
    <answer fraction="100" format="moodle_auto_format"><text>false</text><feedback format="html"><text></text></feedback></answer>
  </question>

  <question type="category">
    <category><text>$course$/top/Cities</text></category>
  </question>

  <question type="shortanswer">
    <name><text>Capital</text></name>
    <questiontext format="plain_text"><text>Name China's capital &amp; largest "northern" city.</text></questiontext>
    <generalfeedback format="html"><text>Beijing means &lt;i&gt;northern capital&lt;/i&gt;.</text></generalfeedback>
    <usecase>0</usecase>
    <answer fraction="100" format="moodle_auto_format"><text>Beijing</text><feedback format="html"><text></text></feedback></answer>
    <answer fraction="100" format="moodle_auto_format"><text>Peking</text><feedback format="html"><text></text></feedback></answer>
    <answer fraction="100" format="moodle_auto_format"><text>beijing</text><feedback format="html"><text></text></feedback></answer>
    <answer fraction="50" format="moodle_auto_format"><text>Beiping</text><feedback format="html"><text>An old name.</text></feedback></answer>
    <tags><tag><text>Capitals</text></tag><tag><text>cities</text></tag></tags>
  </question>

  <question type="numerical">
    <name><text>Border length</text></name>
    <questiontext format="html"><text>How long is the Russia–China border, in km?</text></questiontext>
    <generalfeedback format="html"><text></text></generalfeedback>
    <answer fraction="100" format="moodle_auto_format">
      <text>4209</text>
      <feedback format="html"><text>About 4,200 km.</text></feedback>
      <tolerance>100</tolerance>
    </answer>
    <answer fraction="0" format="moodle_auto_format">
      <text>*</text>
      <feedback format="html"><text>Look at the map again.</text></feedback>
      <tolerance>0</tolerance>
    </answer>
    <units>
      <unit><multiplier>1</multiplier><unit_name>km</unit_name></unit>
      <unit><multiplier>0.621371</multiplier><unit_name>mi</unit_name></unit>
    </units>
    <unitgradingtype>0</unitgradingtype>
  </question>

  <question type="numerical">
    <name><text>Pipeline pressure</text></name>
    <questiontext format="html"><text>What is the pipeline's design pressure?</text></questiontext>
    <answer fraction="100"><text>9.8</text><tolerance>0</tolerance></answer>
    <units><unit><multiplier>1</multiplier><unit_name>MPa</unit_name></unit></units>
  </question>

  <question type="matching">
    <name><text>Treaties and years</text></name>
    <questiontext format="html"><text><![CDATA[<p>Match each treaty with its year.</p>]]></text></questiontext>
    <generalfeedback format="html"><text>Three treaties, three centuries.</text></generalfeedback>
    <shuffleanswers>true</shuffleanswers>
    <subquestion format="html"><text><![CDATA[<p>Nerchinsk</p>]]></text><answer><text>1689</text></answer></subquestion>
    <subquestion format="html"><text><![CDATA[<p>Aigun</p>]]></text><answer><text>1858</text></answer></subquestion>
    <subquestion format="html"><text>Peking</text><answer><text>1860</text></answer></subquestion>
    <subquestion format="html"><text></text><answer><text>1901</text></answer></subquestion>
  </question>

  <question type="multichoice">
    <name><text>Broken: no right answer</text></name>
    <questiontext format="html"><text>Which is right?</text></questiontext>
    <single>true</single>
    <answer fraction="0"><text>This</text></answer>
    <answer fraction="0"><text>That</text></answer>
  </question>

  <question type="description">
    <name><text>Intro</text></name>
    <questiontext format="html"><text>Read the map first.</text></questiontext>
  </question>

  <question type="essay">
    <name><text>Essay</text></name>
    <questiontext format="html"><text>Discuss the 2001 treaty.</text></questiontext>
  </question>

  <question type="multianswer">
    <name><text>Cloze</text></name>
    <questiontext format="html"><text>The {1:SHORTANSWER:=Amur} river.</text></questiontext>
  </question>

  <question type="ddwtos">
    <name><text>Drag</text></name>
    <questiontext format="html"><text>Drag [[1]] here.</text></questiontext>
  </question>

  <question type="truefalse">
    <name><text></text></name>
    <questiontext format="html"><text>Harbin lies in Heilongjiang.</text></questiontext>
    <answer fraction="100"><text>true</text></answer>
    <answer fraction="0"><text>false</text></answer>
  </question>
</quiz>
`;

describe('importMoodleXml on a full export', () => {
  const result = importMoodleXml(QUIZ, { file: FILE });
  const at = (needle: string) => ({ file: FILE, line: lineOf(QUIZ, needle), column: 3 });

  it('reads every supported type, exactly', () => {
    expect(result.title).toBe('Treaties & borders');
    expect(result.questions).toEqual([
      {
        id: 'week-3-treaties-treaty-of-nerchinsk',
        type: 'single',
        prompt: 'Which year was the Treaty of Nerchinsk signed?',
        explanation: 'It was the first treaty between Russia & China.\nYes: 1689.',
        source: 'imported',
        difficulty: 2,
        tags: ['treaties-borders'],
        choices: [
          { text: '1689', correct: true },
          { text: '1727', why: 'That is the Treaty of Kyakhta.' },
          { text: '1858', why: 'That is Aigun.' },
        ],
      },
      {
        id: 'week-3-treaties-border-rivers',
        type: 'multiple',
        prompt: 'Which rivers form part of the border?',
        explanation: 'Right.',
        source: 'imported',
        difficulty: 2,
        tags: ['treaties-borders'],
        choices: [
          { text: 'Amur', correct: true },
          { text: 'Ussuri', correct: true },
          { text: 'Volga', why: 'The Volga flows into the Caspian.' },
        ],
      },
      {
        id: 'week-3-treaties-border-length',
        type: 'truefalse',
        prompt: 'The border is shorter than 1,000 km.\nIt runs mostly along rivers.',
        explanation: 'No: it is about 4,200 km long.',
        source: 'imported',
        difficulty: 2,
        tags: ['treaties-borders'],
        answer: false,
      },
      {
        id: 'week-3-treaties-capital',
        type: 'typed',
        prompt: 'Name China\'s capital & largest "northern" city.',
        explanation: 'Beijing means northern capital.',
        source: 'imported',
        difficulty: 2,
        tags: ['cities', 'capitals'],
        answer: 'Beijing',
        accept: ['Peking'],
      },
      {
        id: 'week-3-treaties-border-length-2',
        type: 'numeric',
        prompt: 'How long is the Russia–China border, in km?',
        explanation: 'About 4,200 km.',
        source: 'imported',
        difficulty: 2,
        tags: ['cities'],
        answer: 4209,
        unit: 'km',
        tolerance: { absolute: 100 },
      },
      {
        id: 'week-3-treaties-pipeline-pressure',
        type: 'numeric',
        prompt: "What is the pipeline's design pressure?",
        source: 'imported',
        difficulty: 2,
        tags: ['cities'],
        answer: 9.8,
      },
      {
        id: 'week-3-treaties-treaties-and-years',
        type: 'matching',
        prompt: 'Match each treaty with its year.',
        explanation: 'Three treaties, three centuries.',
        source: 'imported',
        difficulty: 2,
        tags: ['cities'],
        pairs: [
          { left: 'Nerchinsk', right: '1689' },
          { left: 'Aigun', right: '1858' },
          { left: 'Peking', right: '1860' },
        ],
        distractors: ['1901'],
      },
      {
        id: expect.stringMatching(/^week-3-treaties-[0-9a-z]{7}$/),
        type: 'truefalse',
        prompt: 'Harbin lies in Heilongjiang.',
        source: 'imported',
        difficulty: 2,
        tags: ['cities'],
        answer: true,
      },
    ]);
  });

  it('reports every problem with its line, path and severity', () => {
    const answerAt = (needle: string) => ({ file: FILE, line: lineOf(QUIZ, needle) });
    expect(result.problems).toEqual([
      {
        ...answerAt('<answer fraction="50" format="html">\n      <text>1727'),
        column: 5,
        path: 'question[2]/answer[2]',
        message: 'partial credit (50%) is not supported: "1727" counts as wrong',
        severity: 'warning',
      },
      {
        ...answerAt('<text>Beiping'),
        column: 5,
        path: 'question[6]/answer[4]',
        message: 'partial credit (50%) is not supported: the answer "Beiping" is left out',
        severity: 'warning',
      },
      {
        ...answerAt('<answer fraction="0" format="moodle_auto_format">\n      <text>*'),
        column: 5,
        path: 'question[7]/answer[2]',
        message: 'the answer "*" graded 0% is left out: only right answers are kept',
        severity: 'warning',
      },
      {
        ...answerAt('<unit><multiplier>1</multiplier><unit_name>MPa'),
        column: 12,
        path: 'question[8]/units',
        message:
          'the unit "MPa" is not one this game knows (USD, GBP, km, miles, km2, bcm, percent, celsius, people, count); it is left out',
        severity: 'warning',
      },
      {
        ...at('<question type="multichoice">\n    <name><text>Broken'),
        path: 'question[10]',
        message: 'no answer is fully right (100%); a single-answer question needs one',
        severity: 'error',
      },
      {
        ...at('<question type="description">'),
        path: 'question[11]',
        message: '"description" questions are not imported (a description is not a question); it is skipped',
        severity: 'warning',
      },
      {
        ...at('<question type="essay">'),
        path: 'question[12]',
        message: '"essay" questions are not imported (essays need a person to grade them); it is skipped',
        severity: 'warning',
      },
      {
        ...at('<question type="multianswer">'),
        path: 'question[13]',
        message:
          '"multianswer" questions are not imported (embedded-answer (Cloze) questions are not supported); it is skipped',
        severity: 'warning',
      },
      {
        ...at('<question type="ddwtos">'),
        path: 'question[14]',
        message: '"ddwtos" questions are not imported (this game has no such type); it is skipped',
        severity: 'warning',
      },
    ]);
  });

  it('gives questions that make a valid pack', () => {
    expect(packProblems(result)).toEqual([]);
  });

  it('uses the id prefix and source id it is given', () => {
    const custom = importMoodleXml(QUIZ, { file: FILE, idPrefix: 'teacher-a', sourceId: 'moodle-course' });
    expect(custom.questions.map((question) => question.id)).toContain('teacher-a-capital');
    expect(new Set(custom.questions.map((question) => question.source))).toEqual(new Set(['moodle-course']));
  });

  it('reads the same file as bytes with a byte-order mark and CRLF line ends', () => {
    const bytes = new TextEncoder().encode(`\uFEFF${QUIZ.replace(/\n/g, '\r\n')}`);
    expect(importMoodleXml(bytes, { file: FILE })).toEqual(result);
  });
});

/** Wraps question elements in a quiz. */
function quiz(...questions: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n${questions.join('\n')}\n</quiz>\n`;
}

/** A minimal multichoice question. */
function multichoice(name: string, answers: [number, string][], single = true): string {
  const rows = answers.map(
    ([fraction, text]) => `<answer fraction="${fraction}"><text>${text}</text></answer>`,
  );
  return `<question type="multichoice"><name><text>${name}</text></name><questiontext format="html"><text>Pick one of ${name}.</text></questiontext><single>${single}</single>${rows.join('')}</question>`;
}

describe('importMoodleXml on problem files', () => {
  it('stops at the question limit with one warning, as every format does', () => {
    const questions = Array.from({ length: MAX_IMPORT_QUESTIONS + 3 }, (_, i) =>
      multichoice(`q${i}`, [
        [100, 'x'],
        [0, 'y'],
      ]),
    );
    const result = importMoodleXml(quiz(...questions), { file: 'big.xml' });
    expect(result.questions).toHaveLength(MAX_IMPORT_QUESTIONS);
    expect(result.problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        line: MAX_IMPORT_QUESTIONS + 3,
        path: `question[${MAX_IMPORT_QUESTIONS + 1}]`,
        message: expect.stringContaining('3 more were left out'),
      }),
    ]);
  }, 60_000);

  it('gives questions without a name ids from their text, kept when questions move', () => {
    const first = multichoice('', [
      [100, 'x'],
      [0, 'y'],
    ]).replace('Pick one of .', 'First?');
    const second = multichoice('', [
      [100, 'x'],
      [0, 'y'],
    ]).replace('Pick one of .', 'Second?');
    const ids = (xml: string) => importMoodleXml(xml, { file: 'n.xml' }).questions.map((q) => q.id);
    const [a, b] = ids(quiz(first, second));
    expect(a).toMatch(/^n-[0-9a-z]{7}$/);
    expect(ids(quiz(second, first))).toEqual([b, a]);
  });
  it('reports malformed XML once, at the line and column where it breaks', () => {
    const xml = quiz(
      multichoice('a', [
        [100, 'x'],
        [0, 'y'],
      ]),
      '<question type="truefalse">\n<name><text>b</name>',
    );
    const result = importMoodleXml(xml, { file: 'broken.xml' });
    expect(result.questions).toEqual([]);
    expect(result.problems).toEqual([
      {
        file: 'broken.xml',
        line: 5,
        column: 14,
        path: '',
        message:
          "this is not well-formed XML: Expected closing tag 'text' (opened in line 5, col 7) instead of closing tag 'name'.",
        severity: 'error',
      },
    ]);
  });

  it('reports an XML declaration that is never closed, which the validator lets through, at its line', () => {
    expect(
      importMoodleXml('<?<?xml version="ion="1.0"?>\n<quiz>\n</quiz>\n', { file: 'pi.xml' }).problems,
    ).toEqual([
      {
        file: 'pi.xml',
        line: 1,
        path: '',
        message:
          'this is not well-formed XML: an XML declaration or processing instruction ("<?…") is not closed by "?>" (check its quotes)',
        severity: 'error',
      },
    ]);
  });

  it('rejects text that is not XML, and XML that is not a quiz', () => {
    expect(importMoodleXml('Question 1: what?', { file: 'x.xml' }).problems).toEqual([
      {
        file: 'x.xml',
        line: 1,
        column: 1,
        path: '',
        message: "this is not well-formed XML: char 'Q' is not expected.",
        severity: 'error',
      },
    ]);
    expect(
      importMoodleXml('<?xml version="1.0"?>\n\n<rss><channel/></rss>', { file: 'x.xml' }).problems,
    ).toEqual([
      {
        file: 'x.xml',
        line: 3,
        column: 1,
        path: 'rss',
        message: 'this is not a Moodle XML quiz: the root element is <rss>, not <quiz>',
        severity: 'error',
      },
    ]);
  });

  it('reports an empty quiz', () => {
    expect(importMoodleXml('<quiz>\n</quiz>', { file: 'e.xml' }).problems).toEqual([
      {
        file: 'e.xml',
        line: 1,
        column: 1,
        path: 'quiz',
        message: 'the quiz holds no questions',
        severity: 'error',
      },
    ]);
  });

  it('never expands entities declared in a DOCTYPE (billion laughs)', () => {
    const entities = ['<!ENTITY lol "lol">'];
    for (let level = 1; level <= 9; level++)
      entities.push(`<!ENTITY lol${level} "${`&lol${level - 1 || ''};`.repeat(10)}">`);
    const xml = `<?xml version="1.0"?>\n<!DOCTYPE quiz [\n${entities.join('\n')}\n]>\n${quiz(
      multichoice('laughs', [
        [100, '&lol9;'],
        [0, 'no'],
      ]),
    ).replace(/^<\?xml[^>]*>\n/, '')}`;
    const started = Date.now();
    const result = importMoodleXml(xml, { file: 'lol.xml' });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(JSON.stringify(result).length).toBeLessThan(5000);
    const [question] = result.questions;
    expect(question?.type === 'single' && question.choices[0]?.text).toBe('&lol9;');
  });

  it('decodes XML entities once and HTML entities only in HTML text', () => {
    const xml = quiz(
      `<question type="shortanswer"><name><text>ents</text></name>
<questiontext format="html"><text>&lt;p&gt;Fish &amp;amp; chips&amp;nbsp;&#8212; &#x41;&lt;/p&gt;</text></questiontext>
<generalfeedback format="plain_text"><text>Write &amp;amp; for &amp;.</text></generalfeedback>
<answer fraction="100"><text>AT&amp;T</text></answer></question>`,
    );
    const result = importMoodleXml(xml, { file: 'e.xml' });
    expect(result.problems).toEqual([]);
    expect(result.questions).toEqual([
      {
        id: 'e-ents',
        type: 'typed',
        prompt: 'Fish & chips — A',
        explanation: 'Write &amp; for &.',
        source: 'imported',
        difficulty: 2,
        tags: [],
        answer: 'AT&T',
      },
    ]);
  });

  it('drops a bad question with an error at its line and keeps the others', () => {
    const xml = quiz(
      multichoice('two right', [
        [100, 'a'],
        [100, 'b'],
      ]),
      multichoice('repeat', [
        [100, 'a'],
        [0, 'A'],
      ]),
      multichoice('one choice', [[100, 'only']]),
      `<question type="numerical"><name><text>n</text></name><questiontext><text>How many?</text></questiontext>\n<answer fraction="100"><text>about 5</text></answer></question>`,
      `<question type="matching"><name><text>m</text></name><questiontext><text>Match</text></questiontext><subquestion><text>a</text><answer><text>1</text></answer></subquestion><subquestion><text>b</text><answer><text>1</text></answer></subquestion></question>`,
      `<question type="truefalse"><name><text>t</text></name><questiontext><text></text></questiontext></question>`,
      `<question><name><text>no type</text></name></question>`,
      multichoice('fine', [
        [100, 'yes'],
        [0, 'no'],
      ]),
    );
    const result = importMoodleXml(xml, { file: 'bad.xml' });
    expect(result.questions.map((question) => question.id)).toEqual(['bad-fine']);
    expect(
      result.problems.map(({ line, path, message, severity }) => ({ line, path, message, severity })),
    ).toEqual([
      {
        line: 3,
        path: 'question[1]',
        message: '2 answers are fully right (100%); a single-answer question here needs exactly one',
        severity: 'error',
      },
      { line: 4, path: 'question[2]', message: 'the answer "A" appears twice', severity: 'error' },
      {
        line: 5,
        path: 'question[3]',
        message: 'a single-choice question needs at least 2 choices',
        severity: 'error',
      },
      {
        line: 7,
        path: 'question[4]/answer[1]',
        message: 'the answer "about 5" is not a number',
        severity: 'error',
      },
      {
        line: 8,
        path: 'question[5]',
        message: 'the answer "1" is used twice; here every pair needs its own answer',
        severity: 'error',
      },
      {
        line: 9,
        path: 'question[6]',
        message: 'the question text is empty (images are not imported)',
        severity: 'error',
      },
      {
        line: 10,
        path: 'question[7]',
        message: 'the question has no type; it is skipped',
        severity: 'error',
      },
    ]);
  });

  it('keeps a question with an image but warns that the image is left out', () => {
    const xml = quiz(
      `<question type="truefalse"><name><text>map</text></name><questiontext format="html"><text><![CDATA[<p>This is the Amur <img src="@@PLUGINFILE@@/amur.png" alt="map"></p>]]></text><file name="amur.png" encoding="base64">iVBORw0KGgo=</file></questiontext><answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question>`,
    );
    const result = importMoodleXml(xml, { file: 'img.xml' });
    expect(result.questions).toHaveLength(1);
    expect(result.questions[0]?.prompt).toBe('This is the Amur');
    expect(result.problems).toEqual([
      {
        file: 'img.xml',
        line: 3,
        column: 1,
        path: 'question[1]',
        message: 'images and attached files are not imported',
        severity: 'warning',
      },
    ]);
  });
});

/** Pieces of Moodle XML that mutations insert, so that broken files look like real broken files. */
const FRAGMENTS = [
  '<',
  '>',
  '/',
  '&',
  '&amp;',
  '&lol;',
  '"',
  '\n',
  '\r',
  '<![CDATA[',
  ']]>',
  '<!--',
  '-->',
  '</question>',
  '<question type="multichoice">',
  '<question type="truefalse">',
  '<question type="matching">',
  '<question type="numerical">',
  '<question type="shortanswer">',
  '<question type="category"><category><text>top/X</text></category></question>',
  '<answer fraction="100"><text>x</text></answer>',
  '<answer fraction="abc"><text>y</text></answer>',
  '<answer fraction="-100"><text></text></answer>',
  '<subquestion><text>l</text><answer><text>r</text></answer></subquestion>',
  '<single>false</single>',
  '<text></text>',
  '<questiontext format="html"><text>Q?</text></questiontext>',
  '<name><text>Same name</text></name>',
  '<units><unit><multiplier>1</multiplier><unit_name>%</unit_name></unit></units>',
  '<!DOCTYPE quiz [<!ENTITY a "b">]>',
];

/** Escapes text for XML, so that generated quizzes stay well-formed. */
function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Short texts, often empty, blank or repeated, some with markup. */
const word = fc.oneof(
  fc.constantFrom('', ' ', 'Amur', 'amur', 'true', 'false', '42', '4.5e3', '*', '<b>Ussuri</b>', '&nbsp;'),
  fc.string({ maxLength: 12 }),
);

/** Moodle grades, right, partial, wrong and impossible. */
const fraction = fc.constantFrom('100', '50', '33.33333', '0', '-100', '150', 'abc', '');

/** Moodle question types, supported and not. */
const questionType = fc.constantFrom(
  'multichoice',
  'truefalse',
  'shortanswer',
  'numerical',
  'matching',
  'category',
  'essay',
  '',
);

/** An edit that mostly breaks the XML: delete or repeat a range, insert a fragment. */
const rawEdit = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), fragment: fc.constantFrom(...FRAGMENTS) }),
  fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 400 }) }),
);

/**
 * An edit that keeps the XML well-formed and breaks questions instead: replace the n-th text, grade or
 * type, or drop the n-th answer.
 */
const structuralEdit = fc.oneof(
  fc.record({ kind: fc.constant('text' as const), at: fc.nat(), value: word }),
  fc.record({ kind: fc.constant('fraction' as const), at: fc.nat(), value: fraction }),
  fc.record({ kind: fc.constant('type' as const), at: fc.nat(), value: questionType }),
  fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
);

/** Any edit {@link mutate} applies. */
type Edit =
  | { kind: 'delete' | 'repeat'; at: number; length: number }
  | { kind: 'insert'; at: number; fragment: string }
  | { kind: 'text' | 'fraction' | 'type'; at: number; value: string }
  | { kind: 'drop'; at: number };

/** Replaces the `at`-th match of `pattern` (modulo the number of matches) with `replace(match)`. */
function replaceNth(text: string, pattern: RegExp, at: number, replace: (match: string) => string): string {
  const matches = [...text.matchAll(pattern)];
  const match = matches[at % Math.max(1, matches.length)];
  if (!match || match.index === undefined) return text;
  return text.slice(0, match.index) + replace(match[0]) + text.slice(match.index + match[0].length);
}

/** Applies edits to `text`, positions taken modulo its length or the number of matches. */
function mutate(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const change of edits) {
    const at = out.length === 0 ? 0 : change.at % out.length;
    switch (change.kind) {
      case 'delete':
        out = out.slice(0, at) + out.slice(at + change.length);
        break;
      case 'insert':
        out = out.slice(0, at) + change.fragment + out.slice(at);
        break;
      case 'repeat':
        out = out.slice(0, at + change.length) + out.slice(at);
        break;
      case 'text':
        out = replaceNth(
          out,
          /<text>[\s\S]*?<\/text>/g,
          change.at,
          () => `<text>${escapeXml(change.value)}</text>`,
        );
        break;
      case 'fraction':
        out = replaceNth(out, /fraction="[^"]*"/g, change.at, () => `fraction="${change.value}"`);
        break;
      case 'type':
        out = replaceNth(out, /type="[^"]*"/g, change.at, () => `type="${change.value}"`);
        break;
      case 'drop':
        out = replaceNth(out, /<answer\b[^>]*>[\s\S]*?<\/answer>/g, change.at, () => '');
        break;
    }
  }
  return out;
}

/** One `<answer>` with a Moodle grade, text, feedback and tolerance. */
const answer = fc
  .record({ fraction, text: word, feedback: word, tolerance: fc.constantFrom('', '0', '0.5', '-2', 'x') })
  .map(
    ({ fraction, text, feedback, tolerance }) =>
      `<answer fraction="${fraction}" format="html"><text>${escapeXml(text)}</text>` +
      `<feedback><text>${escapeXml(feedback)}</text></feedback>` +
      `${tolerance ? `<tolerance>${tolerance}</tolerance>` : ''}</answer>`,
  );

/** One well-formed `<question>` of a random type with random content. */
const question = fc
  .record({
    type: questionType,
    name: word,
    prompt: word,
    format: fc.constantFrom('html', 'plain_text', 'moodle_auto_format', 'markdown'),
    single: fc.constantFrom('true', 'false', '1', '0', ''),
    answers: fc.array(answer, { maxLength: 10 }),
    pairs: fc.array(fc.tuple(word, word), { maxLength: 10 }),
    unit: fc.constantFrom('', 'km', '%', 'bcm', 'parsecs'),
  })
  .map(
    (q) =>
      `<question type="${q.type}"><name><text>${escapeXml(q.name)}</text></name>` +
      `<category><text>${escapeXml(q.name)}</text></category>` +
      `<questiontext format="${q.format}"><text>${escapeXml(q.prompt)}</text></questiontext>` +
      `<single>${q.single}</single>${q.answers.join('\n')}` +
      q.pairs
        .map(
          ([left, right]) =>
            `<subquestion><text>${escapeXml(left)}</text><answer><text>${escapeXml(right)}</text></answer></subquestion>`,
        )
        .join('') +
      (q.unit
        ? `<units><unit><multiplier>1</multiplier><unit_name>${q.unit}</unit_name></unit></units>`
        : '') +
      '</question>',
  );

describe('importMoodleXml on random and mutated files', () => {
  const inputs = fc.oneof(
    {
      weight: 3,
      arbitrary: fc.array(structuralEdit, { minLength: 1, maxLength: 8 }).map((edits) => mutate(QUIZ, edits)),
    },
    {
      weight: 2,
      arbitrary: fc.array(rawEdit, { minLength: 1, maxLength: 4 }).map((edits) => mutate(QUIZ, edits)),
    },
    { weight: 2, arbitrary: fc.array(question, { maxLength: 8 }).map((questions) => quiz(...questions)) },
    { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
    {
      weight: 1,
      arbitrary: fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 30 }).map((parts) => parts.join('')),
    },
  );

  it('never throws, locates every problem and only returns schema-valid questions', () => {
    fc.assert(
      fc.property(inputs, (xml) => {
        const result = importMoodleXml(xml, { file: 'fuzz.xml' });
        const lines = xml.replace(/^\uFEFF/, '').split(/\r\n?|\n/).length;
        for (const problem of result.problems) {
          expect(problem.file).toBe('fuzz.xml');
          expect(['error', 'warning']).toContain(problem.severity);
          expect(problem.line).toBeGreaterThanOrEqual(1);
          expect(problem.line).toBeLessThanOrEqual(lines);
          expect(problem.message).not.toBe('');
        }
        const ids = result.questions.map((question) => question.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(packProblems(result, 'fuzz.xml')).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('importMoodleXml on XML the validator lets through but the parser refuses', () => {
  it('reports an unclosed XML declaration at its line instead of "could not be read"', () => {
    const xml = '<quiz>\n<?xml ve"?>\n<question type="truefalse"></question>\n</quiz>\n';
    const result = importMoodleXml(xml, { file: 'broken.xml' });
    expect(result.problems).toEqual([
      expect.objectContaining({ line: 2, message: expect.stringMatching(/^this is not well-formed XML: /) }),
    ]);
  });
});
