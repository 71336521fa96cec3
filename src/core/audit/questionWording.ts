/**
 * The wording and balance audit: the built-in questions ask about the subject (treaties, pipelines, trade,
 * summits, places), not about who wrote what. Arguments and opinions live in the "Voices and arguments"
 * pack, where every prompt says whose view it is; everywhere else a prompt does not lean on an article's
 * author. Each region holds enough questions to play and not so many that it drags, and the first round of
 * a starting region opens with short, easy prompts.
 */
import type { Pack, Question } from '../model/pack';
import { ROUND_SIZE } from '../quiz/round';
import type { AuditSection } from './audit';

/** Id of the built-in pack that holds the authors' arguments and opinions, attributed. */
export const VOICES_PACK_ID = 'builtin-voices-arguments';

/** Fewest questions a region may hold. */
export const MIN_REGION_QUESTIONS = 15;

/** Most questions a region may hold. */
export const MAX_REGION_QUESTIONS = 40;

/** Most words in the prompt of a difficulty-1 question of a starting region (its first round). */
export const FIRST_ROUND_PROMPT_WORDS = 20;

/** A pack with the file it came from. */
export interface WordedPack {
  /** The file, e.g. `questions/voices-arguments.json`, to point each finding at. */
  file: string;
  /** The parsed pack. */
  pack: Pack;
}

/**
 * Prompts that ask about the writers rather than the subject: which publication or outlet someone writes
 * for, which think tank employs them, who wrote a piece, which article makes a claim, what a headline says.
 */
const AUTHOR_TRIVIA: readonly RegExp[] = [
  /\b(which|what)\b[^?.]*\b(publications?|outlets?|newspapers?|magazines?|think[- ]tanks?|headlines?)\b/i,
  /\bwrites? (frequently |regularly |often )?for\b/i,
  /\bauthor(’s|'s)? note\b/i,
  /\b(headline|byline)s?\b/i,
  /\bwho (wrote|writes|is the author)\b/i,
  /\b(to|with) the (article|author|writer|commentator|outlet)s? (that|who) (makes?|made|wrote|writes|says?)\b/i,
  /\bmatch each (commentator|author|writer)\b/i,
  /\bis a [^?.]*\bfellow at\b/i,
];

/** Whether a prompt asks about the writers rather than the subject (see {@link AUTHOR_TRIVIA}). */
export function isAuthorTrivia(prompt: string): boolean {
  return AUTHOR_TRIVIA.some((pattern) => pattern.test(prompt));
}

/** The text a player reads before answering: the prompt, and a cloze question's gapped text. */
function askedText(question: Question): string {
  return question.type === 'cloze' ? `${question.prompt} ${question.text}` : question.prompt;
}

/** Words that stand for a source article in a prompt when its author or outlet is not named. */
const UNNAMED_SOURCE_WORDS = ['commentary', 'articles?', 'op-ed', 'report', 'piece'];

/** A prompt pointing at a source article instead of asking the fact: "the commentary", "the summit article". */
const ARTICLE_REFERENCE =
  /\b(the|this|his|her|an?) ((summit|2022|2023|2024|spring 2022) )?(commentary|article|op-ed|report|piece)\b/i;

/**
 * Commentators the articles quote for their views without being the articles' authors (the pack sources
 * name only authors and outlets), so that "Andrew Small argues …" counts as attributed.
 */
export const QUOTED_COMMENTATORS: readonly string[] = ['Andrew Small', 'Tony Brenton'];

/**
 * The words that name each article cited by the packs: the author's surname and full name, and the outlet,
 * when the source names them. Taken from the packs' `sources`, so that a new article is covered by listing it.
 */
export function articleNames(packs: readonly WordedPack[]): string[] {
  const names = new Set<string>();
  for (const person of QUOTED_COMMENTATORS) {
    names.add(person);
    names.add(person.split(' ').at(-1) ?? person);
  }
  for (const { pack } of packs)
    for (const source of pack.sources) {
      if (source.kind !== undefined && source.kind !== 'article') continue;
      for (const field of [source.author, source.outlet]) {
        if (!field || /not named/i.test(field)) continue;
        names.add(field);
        const surname = field.split(/\s+/).at(-1);
        if (field === source.author && surname && surname !== field) names.add(surname);
      }
    }
  return [...names];
}

/** A name as a whole-word, case-sensitive pattern (names are capitalised; "small" is not "Small"). */
function namePattern(name: string): RegExp {
  return new RegExp(`(^|[^\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=$|[^\\p{L}])`, 'u');
}

/** The cues a player reads before answering: the asked text and the flashcard's front. */
function cueText(question: Question): string {
  return question.card ? `${askedText(question)} ${question.card.front}` : askedText(question);
}

/**
 * Findings outside the Voices pack: prompts (or flashcard cues) that say "according to …", name an
 * article's author or outlet, or point at "the commentary". Such a question either asks about an argument
 * (it belongs in the Voices pack) or can ask the fact directly and cite the article in its explanation.
 */
export function attributedOutsideVoices(packs: readonly WordedPack[]): string[] {
  const names = articleNames(packs).map((name) => ({ name, pattern: namePattern(name) }));
  return packs
    .filter(({ pack }) => pack.id !== VOICES_PACK_ID)
    .flatMap(({ file, pack }) =>
      pack.questions.flatMap((question) => {
        const text = cueText(question);
        const named = names.find(({ pattern }) => pattern.test(text));
        if (/\baccording to\b/i.test(text))
          return [`${file}: ${question.id} asks “according to …”: ${question.prompt}`];
        if (named) return [`${file}: ${question.id} names “${named.name}”: ${question.prompt}`];
        const article = ARTICLE_REFERENCE.exec(text);
        if (article) return [`${file}: ${question.id} leans on “${article[0]}”: ${question.prompt}`];
        return [];
      }),
    );
}

/**
 * Findings inside the Voices pack: prompts that do not say whose view they ask about (no author, outlet or
 * "the commentary"/"the article"), so that an opinion could be read as a fact.
 */
export function unattributedVoices(packs: readonly WordedPack[]): string[] {
  const names = articleNames(packs).map(namePattern);
  const unnamed = new RegExp(`\\b(${UNNAMED_SOURCE_WORDS.join('|')})\\b`, 'i');
  return packs
    .filter(({ pack }) => pack.id === VOICES_PACK_ID)
    .flatMap(({ file, pack }) =>
      pack.questions
        .filter((question) => {
          const text = askedText(question);
          return !names.some((pattern) => pattern.test(text)) && !unnamed.test(text);
        })
        .map(
          (question) => `${file}: ${question.id} does not say whose view it asks about: ${question.prompt}`,
        ),
    );
}

/** Every prompt that asks about the writers rather than the subject, in pack order. */
export function authorTriviaPrompts(packs: readonly WordedPack[]): string[] {
  return packs.flatMap(({ file, pack }) =>
    pack.questions
      .filter((question) => isAuthorTrivia(askedText(question)))
      .map((question) => `${file}: ${question.id} asks about the writers: ${question.prompt}`),
  );
}

/** Questions per region over all packs, for every region id given (0 when none), in the order given. */
export function regionCounts(
  packs: readonly WordedPack[],
  regionIds: readonly string[],
): { region: string; count: number }[] {
  const counts = new Map(regionIds.map((id) => [id, 0]));
  for (const { pack } of packs)
    for (const question of pack.questions)
      if (question.region && counts.has(question.region))
        counts.set(question.region, (counts.get(question.region) ?? 0) + 1);
  return regionIds.map((region) => ({ region, count: counts.get(region) ?? 0 }));
}

/** Regions holding fewer than {@link MIN_REGION_QUESTIONS} or more than {@link MAX_REGION_QUESTIONS}. */
export function unbalancedRegions(packs: readonly WordedPack[], regionIds: readonly string[]): string[] {
  return regionCounts(packs, regionIds)
    .filter(({ count }) => count < MIN_REGION_QUESTIONS || count > MAX_REGION_QUESTIONS)
    .map(
      ({ region, count }) =>
        `${region}: ${count} questions (wanted ${MIN_REGION_QUESTIONS}–${MAX_REGION_QUESTIONS})`,
    );
}

/** Number of words in a text, counting a hyphenated word or a figure such as "4,200" as one. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/**
 * The first rounds of the starting regions: every difficulty-1 question there whose prompt runs over
 * {@link FIRST_ROUND_PROMPT_WORDS} words, and every starting region with fewer than `roundSize` such
 * questions (a first round asks its difficulty-1 questions first).
 */
export function longFirstRoundPrompts(
  packs: readonly WordedPack[],
  startingRegions: readonly string[],
  roundSize: number,
): string[] {
  const easy = packs.flatMap(({ file, pack }) =>
    pack.questions
      .filter((question) => question.difficulty === 1 && startingRegions.includes(question.region ?? ''))
      .map((question) => ({ file, question, words: wordCount(question.prompt) })),
  );
  const long = easy
    .filter(({ words }) => words > FIRST_ROUND_PROMPT_WORDS)
    .map(
      ({ file, question, words }) =>
        `${file}: ${question.id} (${question.region}, difficulty 1) has a ${words}-word prompt: ${question.prompt}`,
    );
  const short = startingRegions
    .map((region) => ({
      region,
      count: easy.filter(
        ({ question, words }) => question.region === region && words <= FIRST_ROUND_PROMPT_WORDS,
      ).length,
    }))
    .filter(({ count }) => count < roundSize)
    .map(
      ({ region, count }) =>
        `${region}: only ${count} short difficulty-1 questions for a ${roundSize}-question first round`,
    );
  return [...long, ...short];
}

/** What the wording section needs besides the packs: the map's regions and starting regions. */
export interface WordingContext {
  /** Every region id of the map. */
  regionIds: readonly string[];
  /** The regions a new player opens first. */
  startingRegions: readonly string[];
  /** Questions in a region round. */
  roundSize: number;
}

/** Every finding of the wording and balance audit, grouped by rule, each group headed by its count. */
export function wordingFindings(packs: readonly WordedPack[], context: WordingContext): string[] {
  const groups: [string, string[]][] = [
    [
      `regions outside ${MIN_REGION_QUESTIONS}–${MAX_REGION_QUESTIONS} questions`,
      unbalancedRegions(packs, context.regionIds),
    ],
    ['prompts about the writers (author trivia)', authorTriviaPrompts(packs)],
    ['prompts leaning on an article’s author outside the Voices pack', attributedOutsideVoices(packs)],
    ['Voices questions that do not say whose view they ask about', unattributedVoices(packs)],
    [
      `first-round prompts of the starting regions over ${FIRST_ROUND_PROMPT_WORDS} words, or too few`,
      longFirstRoundPrompts(packs, context.startingRegions, context.roundSize),
    ],
  ];
  return groups.flatMap(([title, lines]) => [
    `${lines.length} ${title}`,
    ...lines.map((line) => `  ${line}`),
  ]);
}

/**
 * Audit section (f): region balance, author trivia, attribution inside and outside the Voices pack, and the
 * first rounds of the starting regions; then the questions per region.
 */
export const wordingSection: AuditSection = {
  title: '(f) Wording and balance: facts, not who wrote what',
  lines(input) {
    const packs = input.packs ?? [];
    if (!input.map) return ['map not loaded: region balance and first rounds not checked'];
    const regionIds = input.map.regions.map((region) => region.id);
    const context = { regionIds, startingRegions: input.map.startingRegions, roundSize: ROUND_SIZE };
    const counts = regionCounts(packs, regionIds)
      .map(({ region, count }) => `${region} ${count}`)
      .join(', ');
    return [...wordingFindings(packs, context), `questions per region: ${counts}`];
  },
};
