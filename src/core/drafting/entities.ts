import nlp from 'compromise';
import type { Span } from './facts';

/** What a named thing is; questions draw their distractors from names of the same kind. */
export type EntityKind = 'person' | 'place' | 'organisation' | 'agreement' | 'name';

/** A named person, place, organisation, agreement or other proper name in a sentence. */
export interface EntityFact extends Span {
  kind: EntityKind;
  /** The name as written in the sentence, without possessive or surrounding punctuation. */
  name: string;
}

/** Words that mark an agreement, however it is named ("Convention of Peking", "Belt and Road Initiative"). */
const AGREEMENT_WORDS =
  /\b(Treaty|Treaties|Convention|Agreement|Accord|Declaration|Pact|Initiative|Protocol)\b/;

/** Words that mark an organisation. */
const ORGANISATION_WORDS =
  /\b(University|Institute|Court|Fund|Council|Union|Association|Associations|Bank|Ltd|Party|Organi[sz]ation|Ministry|Agency|Company|Corporation|Forum|Society|Commission|Gazprom)\b/;

/** Short capitalised words that are places, not organisations. */
const PLACE_ACRONYMS = new Set(['US', 'USA', 'UK', 'UAE', 'USSR', 'PRC']);

/** Words that start a sentence or a title and are not part of the name after them. */
const LEADING_WORDS =
  /^(?:The|A|An|But|And|Or|In|On|At|For|As|After|Before|Since|While|When|Ever|Ahead|Take|Indeed|Meanwhile|Yet|So|If|It|This|That|These|Those|Its|His|Her|Their|Our|With|From|By|Of|To|Then|Now|Already|Still|Even|Just|Back|According|Apart|President|Prime Minister|Premier|Chancellor|Leader|Mr|Mrs|Ms|Dr|Chinese leader|Russian leader|Senior|Former|Both|Much|Most|More|Many|Some|Every|All|No|Not|What|Which|Who|Where|How|Why|Beijing’s|Moscow’s)\s+/;

/** Capitalised words that are never a name on their own (days, months, pronouns, adjectives of nationality). */
const NOT_NAMES =
  /^(?:I|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Chinese|Russian|Russians|Western|Eastern|Soviet|American|European|British|Asian|Arctic|Ukrainian|President|Kremlin|Read Full Article|Source|More|Back to Top|Comments)$/;

/** Names that are job titles ("Senior Transatlantic Fellow"), not people or organisations. */
const JOB_TITLE =
  /\b(Fellow|Director|Minister|Officer|Editor|Correspondent|Secretary|Spokesman|Spokeswoman)$/;

/** Two or more capitalised words, allowing "of", "the", "and" and "&" between them; or an acronym. */
const CAPITALISED_PHRASE =
  /(?<![\p{L}\p{N}])(?:[A-Z][\p{L}’'-]*(?:\s+(?:of|the|and|&|de|von)\s+|\s+)?)+[A-Z][\p{L}’'-]*(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])[A-Z]{2,6}(?![\p{L}\p{N}])/gu;

/** Strips quote marks, punctuation, a possessive and leading title words from a name. */
function cleanName(raw: string): string {
  let name = raw.trim();
  name = name.replace(/^[\s"'“”‘’«»([—–-]+|[\s"'“”‘’«»)\].,;:!?—–-]+$/g, '');
  name = name.replace(/[’']s$/, '');
  for (let i = 0; i < 3 && LEADING_WORDS.test(name); i++) name = name.replace(LEADING_WORDS, '');
  name = name.replace(/^[A-Z][a-z]+(?:ing|ly|ed)\s+(?=[A-Z])/, '');
  name = name.replace(/(\s+[a-z][\p{L}]*)+$/u, '');
  return name.trim();
}

/** Where `name` first appears in `sentence` as whole words, or -1. */
function findWhole(sentence: string, name: string, from = 0): number {
  let index = sentence.indexOf(name, from);
  while (index !== -1) {
    const before = sentence[index - 1] ?? ' ';
    const after = sentence[index + name.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return index;
    index = sentence.indexOf(name, index + 1);
  }
  return -1;
}

/** The kind of a name found without the language model, from its words alone. */
function kindFromWords(name: string): EntityKind | undefined {
  if (AGREEMENT_WORDS.test(name)) return 'agreement';
  if (ORGANISATION_WORDS.test(name)) return 'organisation';
  if (/^[A-Z]{2,6}$/.test(name)) return PLACE_ACRONYMS.has(name) ? 'place' : 'organisation';
  return undefined;
}

/**
 * Finds named people, places, organisations and agreements in a sentence. The `compromise` language
 * model tags people, places and organisations; runs of capitalised words it misses ("Power of Siberia",
 * "Convention Of Peking", "SIPRI") are added, and words such as Treaty, Convention, University or Fund
 * decide the kind. Lists ("Hong Kong and Macau") are split; names overlapping a longer one are dropped.
 */
export function findEntities(sentence: string): EntityFact[] {
  const doc = nlp(sentence);
  const candidates: { name: string; kind: EntityKind | undefined }[] = [
    ...doc
      .people()
      .out('array')
      .map((name: string) => ({ name, kind: 'person' as const })),
    ...doc
      .places()
      .out('array')
      .map((name: string) => ({ name, kind: 'place' as const })),
    ...doc
      .organizations()
      .out('array')
      .map((name: string) => ({ name, kind: 'organisation' as const })),
    ...[...sentence.matchAll(CAPITALISED_PHRASE)].map((match) => ({ name: match[0], kind: undefined })),
  ];
  const found: EntityFact[] = [];
  const split = candidates.flatMap((candidate) =>
    kindFromWords(candidate.name)
      ? [candidate]
      : candidate.name.split(/,\s*|\s+and\s+|\s+&\s+/).map((name) => ({ name, kind: candidate.kind })),
  );
  for (const candidate of split) {
    const name = cleanName(candidate.name);
    if (name.length < 2 || !/^[A-Z]/.test(name) || NOT_NAMES.test(name)) continue;
    if (/\p{Lu}\p{L}*-\p{Lu}/u.test(name) || JOB_TITLE.test(name)) continue;
    const single = !name.includes(' ');
    if (single && /^[A-Z]{2,6}$/.test(name) === false) {
      if (candidate.kind === undefined || candidate.kind === 'organisation') continue;
      if (/(ian|ese|ish)$/.test(name)) continue;
    }
    const start = findWhole(sentence, name);
    if (start === -1) continue;
    const atStart = /^[\s"'“‘]*$/.test(sentence.slice(0, start));
    if (single && atStart && candidate.kind !== 'place') continue;
    if (atStart && candidate.kind === undefined && / of /.test(name) && !kindFromWords(name)) continue;
    const span = { start, end: start + name.length };
    const kind = kindFromWords(name) ?? candidate.kind ?? 'name';
    const overlapping = found.filter((other) => span.start < other.end && other.start < span.end);
    if (overlapping.some((other) => other.end - other.start >= span.end - span.start)) continue;
    for (const other of overlapping) found.splice(found.indexOf(other), 1);
    found.push({ kind, name, ...span });
  }
  return found.sort((a, b) => a.start - b.start);
}
