import type { Question } from '../model/pack';
import { parseCloze } from '../quiz/cloze';
import { type Confusable, confusablesOf, removedNegationsOf } from '../quiz/confusables';
import { type KnownAnswers, knownAnswersOf } from '../quiz/knownAnswers';
import { editDistance, normalizeAnswer } from '../quiz/textMatch';
import type { AuditInput, AuditSection } from './audit';

/** How far (in edits) a known answer may be from an accepted one and still be listed as confusable. */
export const CONFUSABLE_EDITS = 3;

/** One typed answer or cloze gap: what it accepts and what the author rejects. */
export interface AnswerSlot {
  /** The question's id. */
  questionId: string;
  /** The gap's number, counting from 1, for a cloze question. */
  gap?: number;
  /** The accepted answers, the key first. */
  accepted: readonly string[];
  /** The answers of the other gaps of the same text. */
  otherGaps: readonly string[];
  /** The author's rejects for this answer. */
  rejects: readonly { answer: string; why?: string }[];
}

/** Every typed answer and cloze gap of a question (none for other types). */
export function answerSlots(question: Question): AnswerSlot[] {
  if (question.type === 'typed')
    return [
      {
        questionId: question.id,
        accepted: [question.answer, ...(question.accept ?? [])],
        otherGaps: [],
        rejects: question.reject ?? [],
      },
    ];
  if (question.type !== 'cloze') return [];
  const parsed = parseCloze(question.text);
  if (!parsed.ok) return [];
  const gaps = parsed.segments.flatMap((segment) => (typeof segment === 'string' ? [] : [segment.answers]));
  return gaps.map((answers, index) => ({
    questionId: question.id,
    gap: index + 1,
    accepted: answers,
    otherGaps: gaps.flatMap((other, otherIndex) => (otherIndex === index ? [] : other)),
    rejects: (question.reject ?? []).filter((reject) => reject.gap === index + 1),
  }));
}

/** A confusable answer found for a typed answer or gap. */
export interface ConfusableFinding {
  /** The typed answer or gap. */
  slot: AnswerSlot;
  /** The confusable text and what it is. */
  confusable: Confusable;
  /** Edits from the nearest accepted answer. */
  distance: number;
  /** Whether one of the author's rejects names it. */
  covered: boolean;
}

/**
 * The confusables worth an author's attention for one typed answer or gap: other answers and places of
 * the course and the other gaps' answers within {@link CONFUSABLE_EDITS} edits of an accepted answer and
 * no further than a third of its length (a three-letter difference between four-letter words is no
 * likeness); opposites within {@link CONFUSABLE_EDITS} edits; negations made by taking a prefix off the
 * key ("equal" from "unequal"; adding one makes mostly non-words); and every author reject.
 */
export function confusableFindings(slot: AnswerSlot, known: KnownAnswers): ConfusableFinding[] {
  const acceptedForms = slot.accepted.map(normalizeAnswer);
  const distanceTo = (form: string) =>
    Math.min(...acceptedForms.map((accepted) => editDistance(form, accepted)));
  const alike = (form: string) =>
    acceptedForms.some(
      (accepted) =>
        editDistance(form, accepted) <= Math.min(CONFUSABLE_EDITS, Math.floor([...accepted].length / 3)),
    );
  const removed = new Set(slot.accepted.flatMap(removedNegationsOf).map(normalizeAnswer));
  const rejected = new Set(slot.rejects.map((reject) => normalizeAnswer(reject.answer)));
  const findings = confusablesOf(slot.accepted, { known, otherGaps: slot.otherGaps }).flatMap(
    (confusable): ConfusableFinding[] => {
      const distance = distanceTo(confusable.form);
      const listed =
        confusable.kind === 'negation'
          ? removed.has(confusable.form)
          : confusable.kind === 'opposite'
            ? distance <= CONFUSABLE_EDITS
            : alike(confusable.form);
      return listed ? [{ slot, confusable, distance, covered: rejected.has(confusable.form) }] : [];
    },
  );
  const found = new Set(findings.map((finding) => finding.confusable.form));
  const otherRejects = slot.rejects
    .filter((reject) => !found.has(normalizeAnswer(reject.answer)))
    .map((reject) => {
      const form = normalizeAnswer(reject.answer);
      const confusable: Confusable = {
        form,
        shown: reject.answer,
        kind: 'reject',
        ...(reject.why !== undefined ? { why: reject.why } : {}),
      };
      return { slot, confusable, distance: distanceTo(form), covered: true };
    });
  return [...findings, ...otherRejects];
}

/** How the audit names each kind of confusable. */
const KIND_LABEL: Record<Confusable['kind'], string> = {
  reject: 'rejected by the author',
  'other-gap': 'another gap’s answer',
  known: 'another answer or place',
  negation: 'negation',
  opposite: 'opposite',
};

/** One finding as a line: where, the key, the confusable, what it is, how far, and whether a reject covers it. */
function findingLine(finding: ConfusableFinding): string {
  const { slot, confusable, distance, covered } = finding;
  const where = slot.gap === undefined ? slot.questionId : `${slot.questionId} gap ${slot.gap}`;
  const edits = `${distance} ${distance === 1 ? 'edit' : 'edits'}`;
  return `${where} “${slot.accepted[0] ?? ''}”: “${confusable.shown}” (${KIND_LABEL[confusable.kind]}, ${edits}) reject: ${covered ? 'yes' : 'no'}`;
}

/** Every confusable finding of the bank, in bank order. */
export function bankConfusables(input: AuditInput): ConfusableFinding[] {
  const known = knownAnswersOf(
    input.entries.map((entry) => entry.question),
    input.placeNames,
  );
  return input.entries.flatMap((entry) =>
    answerSlots(entry.question).flatMap((slot) => confusableFindings(slot, known)),
  );
}

/**
 * Audit section (a): every typed answer or cloze gap with a confusable answer (another answer of the bank
 * or a place on the map within three edits, a negation, an opposite, another gap's answer), and whether
 * a `reject` covers it. The grader never takes any of them for a typo; a reject adds the author's reason.
 */
export const confusablesSection: AuditSection = {
  title: '(a) Typed answers and cloze gaps with a confusable answer',
  lines(input) {
    const findings = bankConfusables(input);
    const covered = findings.filter((finding) => finding.covered).length;
    return findings.length === 0
      ? []
      : [
          ...findings.map(findingLine),
          `${findings.length} confusables, ${covered} covered by a reject (with or without one, the grader marks each wrong, never as a typo)`,
        ];
  },
};
