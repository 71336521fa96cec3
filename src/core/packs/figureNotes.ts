import type { Question, Source } from '../model/pack';
import type { BankEntry } from './questionBank';

/**
 * The line that dates a question's moving figure ("Figure as of 2021"), or undefined when the question
 * carries no `asOf`. Shown with the feedback so that a trade total or a population is learnt with the year
 * it was true, not as a timeless fact.
 */
export function asOfLine(question: Question): string | undefined {
  return question.asOf === undefined ? undefined : `Figure as of ${question.asOf}`;
}

/** A short citation for an update line: the outlet and date, or the title where the outlet is not named. */
function shortCitation(source: Source): string {
  const outlet =
    source.outlet.trim().toLowerCase() === 'not named in the text' ? source.title : source.outlet;
  return `${outlet}, ${source.date}`;
}

/**
 * The line that says how the record has moved on since the cited source ("Since then: … (outlet, date)"),
 * or undefined when the question carries no `update`. The update's source is looked up in the question's
 * own pack (the pack parser refuses an update whose source is not listed); should it be missing anyway,
 * the line names the source id rather than dropping the attribution.
 */
export function updateLine(entry: BankEntry): string | undefined {
  const update = entry.question.update;
  if (update === undefined) return undefined;
  const source = entry.pack.sources.find((candidate) => candidate.id === update.source);
  const cited = source ? shortCitation(source) : update.source;
  const text = update.text.replace(/[.\s]+$/, '');
  return `Since then: ${text} (${cited}).`;
}
