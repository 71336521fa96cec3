import * as v from 'valibot';

/** An index into a list the question shows, or −1 for "none chosen". */
const index = v.pipe(v.number(), v.integer(), v.minValue(-1));

/** A choice, by its index in authoring order (single choice). */
export const ChoiceResponseSchema = v.pipe(v.number(), v.integer(), v.minValue(0));

/** A judgement (true/false). */
export const TruthResponseSchema = v.boolean();

/** The options picked, by authoring index (multiple response). */
export const PicksResponseSchema = v.object({ picks: v.array(index) });

/** What the player typed (typed, numeric and year questions). */
export const TextResponseSchema = v.object({ text: v.string() });

/** Authoring indices in the order the player placed them (ordering). */
export const OrderResponseSchema = v.object({ order: v.array(index) });

/** For each left item, the index of the right item picked (matching). */
export const MatchesResponseSchema = v.object({ matches: v.array(index) });

/** The text typed into each gap (cloze). */
export const GapsResponseSchema = v.object({ gaps: v.array(v.string()) });

/** The region chosen, and the map point clicked when the answer came from the map (map click). */
export const PlaceResponseSchema = v.object({
  region: v.nullable(v.string()),
  point: v.optional(v.tuple([v.number(), v.number()])),
  /** The numbered mark chosen on the keyboard path (its point is in `point`), for the feedback's wording. */
  mark: v.optional(v.number()),
});

/**
 * Every shape a stored response can have: one per kind of answer, and `null` for a time-out. Saved progress
 * is checked against it; each question kind names the shape it reads in its `responseSchema`.
 */
export const ResponseSchema = v.union([
  ChoiceResponseSchema,
  TruthResponseSchema,
  PicksResponseSchema,
  TextResponseSchema,
  OrderResponseSchema,
  MatchesResponseSchema,
  GapsResponseSchema,
  PlaceResponseSchema,
  v.null(),
]);

/**
 * A player's response. Its shape follows the question type: a choice index (authoring order) for single
 * choice, a judgement for true/false, and an object for the rest; `null` when time ran out.
 */
export type Response = v.InferOutput<typeof ResponseSchema>;
