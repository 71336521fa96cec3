import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Question } from '../../../src/core/model/pack';
import { parsePack } from '../../../src/core/packs/parsePack';
import { parseCloze } from '../../../src/core/quiz/cloze';
import { formatQuantity, parseQuantity } from '../../../src/core/quiz/quantity';

const root = path.resolve(import.meta.dirname, '../../..');
const questionsDir = path.join(root, 'questions');

/** Every question of every built-in pack, with its file. */
const entries: { question: Question; file: string }[] = fs
  .readdirSync(questionsDir)
  .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))
  .flatMap((name) => {
    const parsed = parsePack(fs.readFileSync(path.join(questionsDir, name), 'utf8'), `questions/${name}`);
    return parsed.ok
      ? parsed.value.pack.questions.map((question) => ({ question, file: `questions/${name}` }))
      : [];
  });

/** The texts a question offers as right answers, in their written form. */
function rightAnswers(question: Question): string[] {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return question.choices.filter((choice) => choice.correct).map((choice) => choice.text);
    case 'typed':
      return [question.answer, ...(question.accept ?? [])];
    case 'matching':
      return question.pairs.map((pair) => pair.right);
    default:
      return [];
  }
}

/** The texts a question offers as wrong options. */
function wrongOptions(question: Question): string[] {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return question.choices.filter((choice) => !choice.correct).map((choice) => choice.text);
    case 'matching':
      return question.distractors ?? [];
    default:
      return [];
  }
}

const normal = (text: string) => text.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');

describe('the built-in bank, question by question', () => {
  it('has questions to check', () => {
    expect(entries.length).toBeGreaterThan(0);
  });

  it('ties every question to a map region and gives it a flashcard', () => {
    const missing = entries
      .filter(({ question }) => !question.region || !question.card)
      .map(({ question, file }) => `${file}: ${question.id}`);
    expect(missing).toEqual([]);
  });

  it('never repeats a prompt', () => {
    const seen = new Map<string, string>();
    const repeats: string[] = [];
    for (const { question, file } of entries) {
      const key = normal(question.type === 'cloze' ? `${question.prompt} ${question.text}` : question.prompt);
      const first = seen.get(key);
      if (first) repeats.push(`${file}: ${question.id} repeats the prompt of ${first}`);
      else seen.set(key, question.id);
    }
    expect(repeats).toEqual([]);
  });

  it('never offers a distractor equal to a right answer', () => {
    const clashes = entries.flatMap(({ question, file }) => {
      const right = new Set(rightAnswers(question).map(normal));
      return wrongOptions(question)
        .filter((option) => right.has(normal(option)))
        .map((option) => `${file}: ${question.id} offers "${option}" as both right and wrong`);
    });
    expect(clashes).toEqual([]);
  });

  it('writes numeric answers that read back with their units', () => {
    const wrong = entries.flatMap(({ question, file }) => {
      if (question.type !== 'numeric') return [];
      const written = formatQuantity(question.answer, question.unit);
      const parsed = parseQuantity(written);
      const ok =
        parsed.ok &&
        Math.abs(parsed.quantity.value - question.answer) <= Math.abs(question.answer) * 1e-9 &&
        parsed.quantity.unit === (question.unit === 'count' ? undefined : question.unit);
      return ok
        ? []
        : [
            `${file}: ${question.id} answer ${question.answer} ${question.unit ?? ''} reads back as ${JSON.stringify(parsed)}`,
          ];
    });
    expect(wrong).toEqual([]);
  });

  it('writes cloze texts whose gaps parse', () => {
    const wrong = entries.flatMap(({ question, file }) => {
      if (question.type !== 'cloze') return [];
      const parsed = parseCloze(question.text);
      return parsed.ok ? [] : [`${file}: ${question.id}: ${parsed.error}`];
    });
    expect(wrong).toEqual([]);
  });
});
