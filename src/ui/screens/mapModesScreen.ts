import './mapModes.css';
import type { LandMap } from '../../core/map/landAt';
import type { MapProjection } from '../../core/map/mapTypes';
import type { MapAnswer, MapChoice, MapInsets, MapMark, MapView } from '../../core/map/mapView';
import { distanceKm, mapToLonLat, projectToMap } from '../../core/map/projection';
import type { RegionView } from '../../core/map/regionView';
import { dailyTargets, utcDate } from '../../core/modes/daily';
import { type Attempt, gradeFind, gradeName } from '../../core/modes/grading';
import { findMarks } from '../../core/modes/marks';
import {
  type DailyRecord,
  type ModeRecords,
  type TimedRun,
  dailyRecordFrom,
  dailyRecordOf,
  timedRunOf,
} from '../../core/modes/records';
import {
  type ModeKind,
  type ModeRun,
  attempt,
  currentTarget,
  nextTarget,
  practiceTargets,
  startRun,
  summarize,
  triesLeft,
  wholeMapTargets,
} from '../../core/modes/run';
import { formatDuration, shareText } from '../../core/modes/share';
import { nameItClue } from '../../core/modes/clue';
import type { ModeTarget, PlaceTarget } from '../../core/modes/targets';
import type { KnownAnswers } from '../../core/quiz/knownAnswers';
import { createSeededRng } from '../../core/rng';
import type { Screen } from '../navigation';
import { answerHint } from '../answers/controls';
import { el, focusHeading, isTyping } from '../widgets/dom';
import { copyResult } from './copyResult';
import { modeDisplay } from './mapModeDisplay';
import { MODES, todaySummary, wholeMapRecords } from './mapModesChooser';
import { verdictText } from './mapModeVerdicts';
import type { SoundPort } from './mapScreen';

/** A finished run to keep: a whole-map time, or the day's daily challenge. */
export type ModeRecord = { kind: 'whole'; run: TimedRun } | { kind: 'daily'; run: DailyRecord };

/** What the map modes screen needs. */
export interface MapModesDeps {
  /** Everything the modes can ask for: the map's regions and the bank's named places. */
  targets: readonly ModeTarget[];
  /** What the daily challenge draws from: the regions and the built-in packs' places, the same for everyone. */
  dailyPool: readonly ModeTarget[];
  /** The drawn map. */
  mapView: MapView;
  /** The regions as the map draws them now (their progress colours stay behind the marks). */
  regionViews(): RegionView[];
  /** The map's projection, for places and their distances. */
  projection: MapProjection;
  /** The map's land: regions' label points for the keyboard marks, and which land a click is on. */
  land?: LandMap;
  /** A region's name, for saying what a wrong click chose. */
  regionName(regionId: string): string;
  /** The course's known answers, so that another real name is never taken for a typo. */
  known?: KnownAnswers;
  /** The learner's records now. */
  records(): ModeRecords;
  /** Keeps a finished whole-map run or daily challenge with the learner's progress. */
  onRecord(record: ModeRecord): void;
  /** Now (epoch ms). */
  now(): number;
  /** Says a message through the page's live region. */
  announce(message: string): void;
  /** Sound effects. */
  sound: SoundPort;
  /** Where Copy writes the shared result (the browser's clipboard, when it has one). */
  clipboard?: Pick<Clipboard, 'writeText'>;
  /** Back to the menu. */
  onMenu(): void;
}

/** How much of the map around a place Name it shows (map units each way), so the place has context. */
const PLACE_CONTEXT = 260;

/**
 * The map modes (Seterra's strengths beside the region game): Name it, Find it, the timed whole map and the
 * daily challenge. The panel says what to do and what happened; the map shows the target, the marks, and
 * what was found or missed, with the regions' names hidden while a run asks for them. Rules are in
 * `core/modes`: this screen forwards clicks, keys and typed names to them and shows the result.
 */
export class MapModesScreen implements Screen {
  readonly element: HTMLElement;
  readonly heading: HTMLElement;
  readonly onMap = true;
  private readonly bar: HTMLElement;
  private readonly panel: HTMLElement;
  private readonly body: HTMLElement;
  private readonly status: HTMLElement;
  private run: ModeRun | null = null;
  /** The run's marks for the target asked now (the keyboard path of Find it). */
  private marks: MapMark[] = [];
  /** Whether the marks are drawn on the map: while focus is among their buttons (keyboard play). */
  private marksShown = false;
  private ticker: ReturnType<typeof setInterval> | null = null;
  private clock: HTMLElement | null = null;
  private shown = false;
  /** What the map was last sent of marks and answer, so that only changes are sent (each reframes the map). */
  private sent = { marks: '', answer: '' };

  constructor(private readonly deps: MapModesDeps) {
    this.heading = el('h2', { text: 'Map modes', attrs: { id: 'modes-title' } });
    this.status = el('p', { className: 'map-status', attrs: { role: 'status' } });
    this.bar = el('header', { className: 'map-bar' }, [
      el('button', { text: 'Menu', attrs: { type: 'button' }, onClick: () => deps.onMenu() }),
      this.status,
    ]);
    this.body = el('div', { className: 'modes-body' });
    this.panel = el(
      'section',
      { className: 'region-list modes-panel', attrs: { 'aria-labelledby': 'modes-title' } },
      [this.heading, this.body],
    );
    this.element = el('div', { className: 'map-screen modes-screen' }, [this.bar, this.panel]);
  }

  /** Shows the modes to choose from, with the map as it is. */
  onEnter(): void {
    this.shown = true;
    // Whatever another screen left on the map (a place question's marks) is cleared by the first drawing.
    this.sent = { marks: '', answer: '' };
    this.deps.mapView.showRegions(this.deps.regionViews());
    this.showChooser();
  }

  /** Leaving ends the run (nothing of an unfinished run is kept) and gives the map back as it was. */
  onLeave(): void {
    this.shown = false;
    this.stopTicker();
    this.run = null;
    const { mapView } = this.deps;
    mapView.showMode(null);
    this.sendMarks([]);
    this.sendAnswer(null);
    mapView.focusRegion(null);
    mapView.setInputEnabled(false);
  }

  /** Number keys choose a mark while Find it asks (outside text fields). */
  onKey(event: KeyboardEvent): boolean {
    const run = this.run;
    if (!run || run.ask !== 'find' || run.phase !== 'asking' || isTyping(event)) return false;
    const mark = this.marks.find((candidate) => String(candidate.number) === event.key);
    if (!mark) return false;
    this.chooseMark(mark);
    return true;
  }

  /** The bar covers the top; the panel the right side (wide screens) or the bottom (phones). */
  mapInsets(): MapInsets {
    const width = window.innerWidth;
    const height = window.innerHeight;
    const bar = this.bar.getBoundingClientRect();
    const panel = this.panel.getBoundingClientRect();
    const side = panel.left > width / 2;
    return {
      top: bar.bottom,
      right: side ? width - panel.left : 0,
      bottom: side || panel.height === 0 ? 0 : height - panel.top,
      left: 0,
    };
  }

  /** A click on the map is a try at the target Find it asks for. */
  onMapChoice(choice: MapChoice): void {
    this.tryFind(choice);
  }

  /** The chooser: the four modes, the whole map's best and recent times, today's daily result. */
  private showChooser(): void {
    this.run = null;
    this.stopTicker();
    this.drawMap();
    const records = this.deps.records();
    const list = el(
      'ul',
      { className: 'modes-list' },
      MODES.map((mode) =>
        el('li', {}, [
          el('button', {
            text: mode.label,
            attrs: { type: 'button', 'aria-describedby': `mode-about-${mode.kind}` },
            onClick: () => this.start(mode.kind),
          }),
          el('p', { className: 'hint', text: mode.about, attrs: { id: `mode-about-${mode.kind}` } }),
        ]),
      ),
    );
    this.body.replaceChildren(
      el('p', { text: 'Learn where everything is, the way map quizzes do.' }),
      list,
      wholeMapRecords(records),
      todaySummary(records, this.deps.now()),
    );
    this.say('Choose a map mode.');
  }

  /** Starts a run of a mode (the daily challenge shows today's result instead when already played). */
  private start(mode: ModeKind): void {
    const { deps } = this;
    const now = deps.now();
    const rng = createSeededRng(now);
    if (mode === 'daily') {
      const date = utcDate(now);
      const done = dailyRecordOf(deps.records(), date);
      if (done) {
        this.showDailyResult(done, false);
        return;
      }
      this.begin(startRun('daily', dailyTargets(date, deps.dailyPool), now, date));
      return;
    }
    const targets =
      mode === 'whole' ? wholeMapTargets(deps.targets, rng) : practiceTargets(deps.targets, rng);
    this.begin(startRun(mode, targets, now));
  }

  /** Shows a new run's first target, and starts its clock. */
  private begin(run: ModeRun): void {
    this.deps.sound.play('click');
    this.run = run;
    this.stopTicker();
    this.ticker = setInterval(() => this.tick(), 1000);
    this.showTarget();
    // Name it starts in the name field; Find it on its prompt, from which the marks are one Tab away.
    const field = this.body.querySelector<HTMLElement>('#mode-name');
    const prompt = this.body.querySelector<HTMLElement>('.mode-prompt');
    if (field) field.focus();
    else if (prompt) focusHeading(prompt);
  }

  /** Writes the run's time so far. */
  private tick(): void {
    if (!this.run || !this.clock) return;
    this.clock.textContent = formatDuration(summarize(this.run, this.deps.now()).ms);
  }

  private stopTicker(): void {
    if (this.ticker !== null) clearInterval(this.ticker);
    this.ticker = null;
  }

  /** The prompt of a target: what to name or find. */
  private prompt(run: ModeRun, target: ModeTarget): string {
    if (run.ask === 'name')
      return target.kind === 'region' ? 'Name the highlighted region' : 'Name the marked place';
    return `Find ${target.name}`;
  }

  /** Shows the target asked now (or the run's end): prompt, progress, the input or marks, the map. */
  private showTarget(message?: string): void {
    const run = this.run;
    if (!run) return;
    const target = currentTarget(run);
    if (!target) {
      this.finish(run);
      return;
    }
    this.marks =
      run.ask === 'find' && this.deps.land
        ? findMarks(
            target,
            this.places(),
            { projection: this.deps.projection, land: this.deps.land },
            `${run.startedAt}:${target.id}`,
          )
        : [];
    this.marksShown = false;
    const prompt = el('h3', { className: 'mode-prompt', text: this.prompt(run, target) });
    this.clock = el('span', {
      className: 'mode-clock',
      text: formatDuration(summarize(run, this.deps.now()).ms),
    });
    const progress = el('p', { className: 'quiz-progress' }, [
      `${run.index + 1} of ${run.targets.length}`,
      run.ask === 'find' ? ` · ${triesLeft(run)} ${triesLeft(run) === 1 ? 'try' : 'tries'} left` : '',
      ' · ',
      this.clock,
    ]);
    const hint =
      run.ask === 'find' && target.kind === 'place' && target.description !== target.name
        ? el('p', { className: 'hint', text: target.description })
        : run.ask === 'name'
          ? el('p', {
              className: 'visually-hidden',
              text: nameItClue(target, this.deps.land?.regions ?? []),
              attrs: { id: 'mode-clue' },
            })
          : null;
    const input = run.ask === 'name' ? this.nameForm(run) : this.markButtons();
    const feedback = el('p', { className: 'mode-feedback', text: message ?? '' });
    const shown =
      run.phase === 'shown'
        ? el('button', {
            className: 'primary',
            text: run.index + 1 < run.targets.length ? 'Next' : 'See results',
            attrs: { type: 'button' },
            onClick: () => {
              if (!this.run) return;
              this.run = nextTarget(this.run, this.deps.now());
              this.showTarget();
              this.focusInput();
            },
          })
        : null;
    this.body.replaceChildren(
      prompt,
      progress,
      hint ?? '',
      run.phase === 'asking' ? input : '',
      feedback,
      shown ?? '',
      el('button', {
        text: 'Stop',
        className: 'mode-stop',
        attrs: { type: 'button' },
        onClick: () => {
          this.showChooser();
          focusHeading(this.heading);
        },
      }),
    );
    this.drawMap();
    // After a last miss the answer is what matters; otherwise the message, then what to do next.
    this.say(
      run.phase === 'shown' || !message
        ? (message ?? prompt.textContent ?? '')
        : `${message} ${prompt.textContent}`,
    );
    if (shown) shown.focus();
  }

  /** Name it: the field for the name and its Check button. */
  private nameForm(run: ModeRun): HTMLElement {
    const input = el('input', {
      className: 'mode-name',
      attrs: {
        type: 'text',
        id: 'mode-name',
        'aria-describedby': 'mode-clue',
        autocomplete: 'off',
        spellcheck: 'false',
        autocapitalize: 'off',
      },
    });
    const form = el('form', { className: 'mode-name-form' }, [
      el('label', { text: 'Name', attrs: { for: 'mode-name' } }),
      input,
      el('button', { className: 'primary', text: 'Check', attrs: { type: 'submit' } }),
    ]);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (this.run === run && input.value.trim() !== '') this.tryName(input.value);
    });
    return form;
  }

  /** Find it: the numbered marks as buttons (the keyboard path); they show on the map while focused. */
  private markButtons(): HTMLElement {
    const group = el(
      'div',
      { className: 'choices marks', attrs: { role: 'group', 'aria-label': 'Marks on the map' } },
      this.marks.map((mark) =>
        el('button', {
          className: 'choice',
          text: `Mark ${mark.number}`,
          attrs: { type: 'button' },
          onClick: () => this.chooseMark(mark),
        }),
      ),
    );
    group.addEventListener('focusin', () => this.showMarksOnMap(true));
    group.addEventListener('focusout', (event) => {
      if (!group.contains(event.relatedTarget as Node | null)) this.showMarksOnMap(false);
    });
    return el('div', { className: 'mode-marks' }, [
      answerHint({
        hint: 'Click or tap the map, or choose one of the numbered marks.',
        keys: 'Keys 1–4 choose a mark.',
      }),
      group,
    ]);
  }

  /** Draws the marks on the map, or takes them off. */
  private showMarksOnMap(shown: boolean): void {
    if (shown === this.marksShown) return;
    this.marksShown = shown;
    this.drawMap();
  }

  /** A mark chosen (button or key): a try at its spot. */
  private chooseMark(mark: MapMark): void {
    this.tryFind({ region: mark.region, point: mark.point });
    if (this.run?.phase === 'asking' && this.run.ask === 'find') this.focusInput(true);
  }

  /** Puts focus where the player goes on: the name field, or the first mark after a keyboard choice. */
  private focusInput(marks = false): void {
    const field = this.body.querySelector<HTMLElement>('#mode-name');
    if (field) {
      field.focus();
      return;
    }
    if (marks) this.body.querySelector<HTMLElement>('.marks button')?.focus();
  }

  /** A try at Find it's target, by a click on the map or a mark. */
  private tryFind(choice: Pick<MapChoice, 'region' | 'point'>): void {
    const run = this.run;
    const target = run && currentTarget(run);
    if (!run || !target || run.ask !== 'find' || run.phase !== 'asking') return;
    const tried = gradeFind(target, choice, {
      projection: this.deps.projection,
      ...(this.deps.land ? { land: this.deps.land } : {}),
      regionName: (id) => this.deps.regionName(id),
    });
    this.afterTry(target, tried);
  }

  /** A typed name for Name it's target. */
  private tryName(typed: string): void {
    const run = this.run;
    const target = run && currentTarget(run);
    if (!run || !target || run.ask !== 'name' || run.phase !== 'asking') return;
    this.afterTry(target, gradeName(target, typed, this.deps.known));
    if (this.run?.phase === 'asking') this.focusInput();
  }

  /** Records a try, says what happened, and shows the next target, the answer or the results. */
  private afterTry(target: ModeTarget, tried: Attempt): void {
    if (!this.run) return;
    this.run = attempt(this.run, tried, this.deps.now());
    this.deps.sound.play(tried.right ? 'correct' : 'wrong');
    const message = verdictText(this.run, target, tried, (regionId) => this.deps.regionName(regionId));
    this.showTarget(message);
  }

  /** The run is over: keep its record (whole map, daily) and show the result. */
  private finish(run: ModeRun): void {
    this.stopTicker();
    const at = run.finishedAt ?? this.deps.now();
    const summary = summarize(run, at);
    this.deps.sound.play('unlock');
    if (run.mode === 'daily' && run.date) {
      const record = dailyRecordFrom(run.date, summary, at);
      this.deps.onRecord({ kind: 'daily', run: record });
      this.run = null;
      this.showDailyResult(record, true);
      return;
    }
    const before = this.deps.records().wholeMap.best;
    if (run.mode === 'whole') this.deps.onRecord({ kind: 'whole', run: timedRunOf(summary, at) });
    this.run = null;
    this.drawMap();
    const heading = el('h3', { text: run.mode === 'whole' ? 'Whole map done' : 'Run done' });
    const result = `${summary.right} of ${summary.total} at the first try, ${summary.later} later, ${summary.missed} missed, in ${formatDuration(summary.ms)}.`;
    const records = this.deps.records();
    const newBest = run.mode === 'whole' && records.wholeMap.best !== before;
    this.body.replaceChildren(
      heading,
      el('p', { className: 'mode-result', text: result }),
      newBest ? el('p', { className: 'mode-new-best', text: 'A new best!' }) : '',
      run.mode === 'whole' ? wholeMapRecords(records) : '',
      this.doneButtons(run.mode),
    );
    this.say(`${heading.textContent}: ${result}${newBest ? ' A new best!' : ''}`);
    focusHeading(heading);
  }

  /** Play again and back to the modes. */
  private doneButtons(mode: ModeKind | null): HTMLElement {
    return el('div', { className: 'actions' }, [
      mode && mode !== 'daily'
        ? el('button', {
            className: 'primary',
            text: 'Play again',
            attrs: { type: 'button' },
            onClick: () => this.start(mode),
          })
        : null,
      el('button', {
        text: 'Back to map modes',
        attrs: { type: 'button' },
        onClick: () => {
          this.showChooser();
          focusHeading(this.heading);
        },
      }),
    ]);
  }

  /** The daily result and its share text, with Copy (and a text area to copy from by hand if need be). */
  private showDailyResult(record: DailyRecord, justPlayed: boolean): void {
    this.run = null;
    this.stopTicker();
    this.drawMap();
    const text = shareText(record);
    const heading = el('h3', { text: `Daily challenge ${record.date}` });
    const copied = el('p', { className: 'mode-copied', attrs: { role: 'status' } });
    const fallback = el('textarea', {
      className: 'mode-share-fallback',
      attrs: { readonly: '', rows: '3', 'aria-label': 'Result to copy' },
    });
    fallback.value = text;
    fallback.hidden = true;
    const copy = el('button', {
      className: 'primary',
      text: 'Copy result',
      attrs: { type: 'button' },
      onClick: () => void copyResult(text, this.deps.clipboard, copied, fallback),
    });
    this.body.replaceChildren(
      heading,
      el('p', {
        className: 'mode-result',
        text: `${justPlayed ? 'Done' : 'Already played today'}: ${record.right} of ${record.total} at the first try in ${formatDuration(record.ms)}. A new challenge comes at midnight UTC.`,
      }),
      el('p', { className: 'mode-share', text }),
      copy,
      copied,
      fallback,
      this.doneButtons(null),
    );
    this.say(`${heading.textContent}: ${record.right} of ${record.total} in ${formatDuration(record.ms)}.`);
    focusHeading(heading);
  }

  /** Says something in the bar and to screen readers. */
  private say(message: string): void {
    if (!this.shown) return;
    this.status.textContent = message;
    this.deps.announce(message);
  }

  /** Every named place among the targets (the pool of other places for a place's marks). */
  private places(): PlaceTarget[] {
    return this.deps.targets.filter((target): target is PlaceTarget => target.kind === 'place');
  }

  /** What the map shows: the names hidden and the run's marks during a run, the ordinary map otherwise. */
  private drawMap(): void {
    if (!this.shown) return;
    const { mapView, projection } = this.deps;
    const run = this.run;
    const target = run ? currentTarget(run) : undefined;
    if (!run || !target) {
      mapView.showMode(null);
      this.sendMarks([]);
      this.sendAnswer(null);
      mapView.focusRegion(null);
      mapView.setInputEnabled(false);
      mapView.setInsets(this.mapInsets());
      return;
    }
    mapView.showMode(modeDisplay(run, target));
    mapView.setInputEnabled(run.ask === 'find' && run.phase === 'asking');
    const place = target.kind === 'place' ? projectToMap(projection, target.point[0], target.point[1]) : null;
    const regionShown = target.kind === 'region' && (run.ask === 'name' || run.phase === 'shown');
    mapView.focusRegion(regionShown && target.kind === 'region' ? target.regionId : null);
    let answer: MapAnswer | null = null;
    if (place && run.ask === 'find' && run.phase === 'shown') {
      const click = run.attempts[run.attempts.length - 1]?.point;
      answer = click
        ? {
            target: place,
            click,
            km: distanceKm(mapToLonLat(projection, click[0], click[1]), (target as PlaceTarget).point),
          }
        : { target: place };
    }
    this.sendAnswer(answer);
    if (place && run.ask === 'name') {
      const frame: [number, number, number, number] = [
        place[0] - PLACE_CONTEXT,
        place[1] - PLACE_CONTEXT,
        place[0] + PLACE_CONTEXT,
        place[1] + PLACE_CONTEXT,
      ];
      this.sendMarks([{ number: 1, point: place, region: target.regionId ?? null }], frame);
    } else {
      this.sendMarks(this.marksShown && run.phase === 'asking' ? this.marks : []);
    }
  }

  /** Sends marks to the map when they differ from those it shows. */
  private sendMarks(marks: readonly MapMark[], frame?: [number, number, number, number]): void {
    const key = JSON.stringify([marks, frame]);
    if (key === this.sent.marks) return;
    this.sent.marks = key;
    this.deps.mapView.showMarks(marks, frame);
  }

  /** Sends an answer (pin, line, distance) to the map when it differs from the one it shows. */
  private sendAnswer(answer: MapAnswer | null): void {
    const key = JSON.stringify(answer);
    if (key === this.sent.answer) return;
    this.sent.answer = key;
    this.deps.mapView.showAnswer(answer);
  }
}
