import { describe, expect, it } from 'vitest';
import { packFromDrafts } from '../../../src/core/drafting/articlePack';
import { draftQuestions } from '../../../src/core/drafting/draftQuestions';
import { findNumberFacts } from '../../../src/core/drafting/facts';
import { type Draft, GAP, MAX_ARTICLE_CHARS, MAX_DRAFTS } from '../../../src/core/drafting/drafts';
import { parseQuantity } from '../../../src/core/quiz/quantity';
import { parseCloze } from '../../../src/core/quiz/cloze';
import { describeWithShared, itWithShared } from '../../support/shared';
import { readArticles } from './articles';

/** The words a draft asks about, as they stand in the article. */
function highlighted(text: string, draft: Draft, index = 0): string {
  const evidence = draft.evidence[index];
  return evidence ? text.slice(evidence.highlight.start, evidence.highlight.end) : '';
}

describeWithShared('drafts from the five built-in articles', () => {
  const RUNS = readArticles().map((article) => ({ ...article, run: draftQuestions(article.text) }));
  const ALL = RUNS.flatMap(({ file, text, run }) => run.drafts.map((draft) => ({ file, text, draft })));

  it('makes drafts of every type from each article', () => {
    for (const { file, run } of RUNS) expect(run.drafts.length, file).toBeGreaterThanOrEqual(10);
    const types = new Set(ALL.map(({ draft }) => draft.question.type));
    expect([...types].sort()).toEqual(['cloze', 'numeric', 'ordering', 'single', 'year']);
  });

  it('gives valid pack questions, with or without a region', () => {
    for (const { file, run } of RUNS) {
      const questions = run.drafts.map((draft) => draft.question);
      const details = { title: file, date: '2023-03-28' };
      const plain = packFromDrafts(questions, details);
      expect(plain.ok && plain.pack.questions.length, file).toBe(questions.length);
      const placed = packFromDrafts(questions, details, { region: 'amur-ussuri', tags: ['week5'] });
      expect(
        placed.ok && placed.pack.questions.every((question) => question.region === 'amur-ussuri'),
        file,
      ).toBe(true);
    }
  });

  it('points every draft at its sentence in the article', () => {
    for (const { file, text, draft } of ALL) {
      for (const evidence of draft.evidence) {
        expect(text.slice(evidence.start, evidence.end), `${file} ${draft.question.id}`).toBe(
          evidence.sentence,
        );
        expect(evidence.highlight.start).toBeGreaterThanOrEqual(evidence.start);
        expect(evidence.highlight.end).toBeLessThanOrEqual(evidence.end);
        expect(evidence.highlight.end).toBeGreaterThan(evidence.highlight.start);
      }
    }
  });

  it('asks only what its source sentence answers', () => {
    for (const { file, text, draft } of ALL) {
      const question = draft.question;
      const words = highlighted(text, draft);
      const where = `${file} ${question.id}`;
      switch (question.type) {
        case 'numeric': {
          const figure = findNumberFacts(words)[0];
          expect(figure?.kind === 'quantity' && figure.value, where).toBe(question.answer);
          expect(figure?.kind === 'quantity' && figure.unit, where).toBe(question.unit ?? undefined);
          break;
        }
        case 'year':
          expect(words, where).toBe(String(question.answer));
          break;
        case 'single': {
          const right = question.choices.find((choice) => choice.correct)?.text ?? '';
          const figure = findNumberFacts(words)[0];
          const read = parseQuantity(right);
          const sameFigure = figure?.kind === 'quantity' && read.ok && read.quantity.value === figure.value;
          expect(right === words || sameFigure, where).toBe(true);
          expect(question.choices.filter((choice) => choice.correct)).toHaveLength(1);
          const texts = question.choices.map((choice) => choice.text.toLowerCase());
          expect(new Set(texts).size, where).toBe(texts.length);
          break;
        }
        case 'cloze': {
          const parsed = parseCloze(question.text);
          const gaps = parsed.ok ? parsed.segments.filter((segment) => typeof segment !== 'string') : [];
          expect(gaps.length, where).toBeGreaterThan(0);
          for (const gap of gaps) expect(gap.answers[0], where).toBe(words);
          break;
        }
        case 'ordering':
          draft.evidence.forEach((_, index) => {
            expect(highlighted(text, draft, index), where).toBe(question.items[index]?.note);
          });
          expect(question.items.map((item) => Number(item.note))).toEqual(
            question.items.map((item) => Number(item.note)).sort((a, b) => a - b),
          );
          break;
        default:
          throw new Error(`unexpected draft type ${question.type}`);
      }
    }
  });

  it('writes prompts that read cleanly: a question mark or a cloze, one gap, no doubled spaces', () => {
    for (const { file, draft } of ALL) {
      const question = draft.question;
      const where = `${file} ${question.id}: ${question.prompt}`;
      const shown = question.type === 'cloze' ? question.text : question.prompt;
      expect(question.type === 'cloze' || question.prompt.endsWith('?'), where).toBe(true);
      expect(shown, where).not.toMatch(/ {2}|\s[,.;:]|^\s|\s$/);
      if (question.type === 'numeric' || question.type === 'year' || question.type === 'single') {
        expect(question.prompt.includes(GAP), where).toBe(true);
        expect(question.prompt, where).not.toMatch(/[\p{L}\p{N}]___|___[\p{L}\p{N}]/u);
      }
      expect(question.prompt, where).not.toMatch(/““|””/);
    }
  });
});

describe('input at the edges', () => {
  it('says so when the text is empty', () => {
    const run = draftQuestions('  \n ');
    expect(run.drafts).toEqual([]);
    expect(run.notices).toEqual(['The text is empty: paste the article first.']);
  });

  it('says so when no sentence has anything to ask', () => {
    const run = draftQuestions('It rained all day. Nobody went out, and the tea went cold.');
    expect(run.drafts).toEqual([]);
    expect(run.notices).toEqual(['No sentence with a figure, a date or a name to ask about was found.']);
  });

  it('drafts from quoted speech without losing the quote marks', () => {
    const run = draftQuestions(
      '“Now there are changes taking place that haven’t happened in 100 years,” Xi told Putin in March 2023.',
    );
    const prompts = run.drafts.map((draft) => draft.question.prompt);
    expect(prompts).toEqual([
      '“‘Now there are changes taking place that haven’t happened in ___ years,’ Xi told Putin in March 2023.” Which figure fills the gap?',
      '“‘Now there are changes taking place that haven’t happened in 100 years,’ Xi told Putin in March ___.” Which year fills the gap?',
    ]);
  });

  itWithShared(
    'reads only the first part of a huge text, quickly, with a capped number of drafts and a message',
    () => {
      const huge = readArticles()
        .map((article) => article.text)
        .join('\n\n')
        .repeat(45);
      expect(huge.length).toBeGreaterThan(1_000_000);
      const started = performance.now();
      const run = draftQuestions(huge);
      expect(performance.now() - started).toBeLessThan(30_000);
      expect(run.drafts.length).toBeLessThanOrEqual(MAX_DRAFTS);
      expect(run.notices[0]).toMatch(
        new RegExp(
          `^The text is ${huge.length.toLocaleString('en-GB')} characters long; only the first [\\d,]+ were read`,
        ),
      );
      expect(
        run.drafts.every((draft) => draft.evidence.every((evidence) => evidence.end <= MAX_ARTICLE_CHARS)),
      ).toBe(true);
    },
  );
});

describe('distractors that cannot also be right', () => {
  /** The wrong choices of the single-choice draft whose right answer is `answer` (and prompt has `promptPart`). */
  function wrongChoices(text: string, answer: string, promptPart = ''): string[] {
    const draft = draftQuestions(text).drafts.find(
      (candidate) =>
        candidate.question.type === 'single' &&
        candidate.question.prompt.includes(promptPart) &&
        candidate.question.choices.some((choice) => choice.correct && choice.text === answer),
    );
    return draft?.question.type === 'single'
      ? draft.question.choices.filter((choice) => !choice.correct).map((choice) => choice.text)
      : [];
  }

  it('offers only larger figures after "more than" and only smaller ones after "less than"', () => {
    const more = wrongChoices('Gazprom posted its first loss in more than 20 years, the company said.', '20');
    expect(more.length).toBeGreaterThanOrEqual(2);
    expect(more.every((text) => Number(text) > 20)).toBe(true);
    const less = wrongChoices('The talks lasted less than 40 days before a deal was signed.', '40');
    expect(less.length).toBeGreaterThanOrEqual(2);
    expect(less.every((text) => Number(text) < 40)).toBe(true);
  });

  it('never offers a country as a wrong answer for its own capital', () => {
    const text = [
      'Russia and China met in Moscow for the talks.',
      'China sent officials to Beijing from Shanghai.',
      'Russia sent ministers to Vladivostok in the east.',
      'Observers from Ukraine and Mongolia watched closely.',
      'In the end the balance tilted in Beijing’s favour, Ukraine heard.',
    ].join(' ');
    const wrong = wrongChoices(text, 'Beijing', 'favour');
    expect(wrong.length).toBeGreaterThanOrEqual(2);
    expect(wrong).not.toContain('China');
  });

  it('skips sentences whose punctuation was lost in pasting', () => {
    const run = draftQuestions(
      'The pipeline runs 3,000 km to China. since the war began it has carried more gas.',
    );
    expect(run.drafts).toEqual([]);
  });
});
