/** The columns of a generic CSV: what each header means, and a row read through them. */
import type { ImportCollector, ImportedBase } from '../kit/collector';
import type { DelimitedRow } from '../kit/rows';
import { splitList } from '../kit/rows';
import type { Severity } from '../importTypes';

/** What a generic CSV column holds. */
export type Role =
  | 'prompt'
  | 'answer'
  | 'type'
  | 'choice'
  | 'distractor'
  | 'accept'
  | 'explanation'
  | 'tags'
  | 'region'
  | 'difficulty'
  | 'unit'
  | 'tolerance'
  | 'id';

/** Header names (lower case, letters and digits only) for the roles that have one column. */
export const ROLE_NAMES: Record<Exclude<Role, 'choice' | 'distractor'>, readonly string[]> = {
  prompt: ['question', 'questiontext', 'prompt', 'front', 'term', 'q', 'stem'],
  answer: [
    'answer',
    'answers',
    'back',
    'correct',
    'correctanswer',
    'correctanswers',
    'definition',
    'a',
    'solution',
  ],
  type: ['type', 'questiontype', 'kind', 'qtype'],
  accept: [
    'accept',
    'accepted',
    'acceptedanswers',
    'alsoaccept',
    'alternatives',
    'alternative',
    'alt',
    'synonyms',
  ],
  explanation: ['explanation', 'feedback', 'generalfeedback', 'rationale', 'explain'],
  tags: ['tags', 'tag', 'keywords', 'topic', 'topics', 'category'],
  region: ['region'],
  difficulty: ['difficulty', 'level'],
  unit: ['unit', 'units'],
  tolerance: ['tolerance', 'margin'],
  id: ['id', 'questionid'],
};

/** A CSV column: where it is, what it holds, and whether one cell lists several values (`a|b`). */
export interface Column {
  index: number;
  label: string;
  role: Role;
  list: boolean;
}

/** A header reduced to lower-case letters and digits: `Choice 1` → `choice1`, `Correct-Answer` → `correctanswer`. */
export function headerKey(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** The role of a header, if we know it. */
export function roleOf(header: string): { role: Role; list: boolean } | undefined {
  const key = headerKey(header);
  for (const [role, names] of Object.entries(ROLE_NAMES)) {
    if (names.includes(key)) return { role: role as Role, list: false };
  }
  if (/^(choice|option|opt|answer)([1-9]|[a-i])$/.test(key)) return { role: 'choice', list: false };
  if (key === 'choices' || key === 'options') return { role: 'choice', list: true };
  if (/^(wrong|wronganswer|distractor|incorrect|incorrectanswer)[1-9]$/.test(key))
    return { role: 'distractor', list: false };
  if (/^(wrong|wronganswers|distractors|incorrect|incorrectanswers)$/.test(key))
    return { role: 'distractor', list: true };
  return undefined;
}

/** A row of a generic CSV with helpers to read it by role and to report problems at its cells. */
export class CsvRow {
  constructor(
    readonly row: DelimitedRow,
    private readonly columns: readonly Column[],
    private readonly collector: ImportCollector,
  ) {}

  /** The trimmed text of the first column with `role`, or '' when there is none. */
  get(role: Role): string {
    const column = this.columns.find((item) => item.role === role);
    return column ? (this.row.fields[column.index] ?? '').trim() : '';
  }

  /** Every non-blank value of the columns with `role`, splitting list columns at `|`. */
  all(role: Role): string[] {
    return this.columns
      .filter((column) => column.role === role)
      .flatMap((column) => {
        const cell = (this.row.fields[column.index] ?? '').trim();
        return column.list ? splitList(cell) : cell === '' ? [] : [cell];
      });
  }

  /** `row 7, column "answer"` for the first column with `role`, or `row 7` for the whole row. */
  path(role?: Role): string {
    const column = role ? this.columns.find((item) => item.role === role) : undefined;
    return column ? `row ${this.row.record}, column "${column.label}"` : `row ${this.row.record}`;
  }

  /** The common fields of this row's question; the id comes from the id column, else the question cell. */
  base(prompt: string): ImportedBase {
    return this.collector.base(this.get('prompt'), prompt, this.get('id') || undefined);
  }

  /** Reports a problem on this row (at the column with `role`, if given). */
  report(severity: Severity, message: string, role?: Role): void {
    this.collector.report(severity, this.row.line, this.path(role), message);
  }
}
