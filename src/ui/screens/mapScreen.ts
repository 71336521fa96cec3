import type { GameSession } from '../../app/gameSession';
import { NO_CELEBRATION, type RegionCelebration } from '../../core/map/celebration';
import type { LandMap } from '../../core/map/landAt';
import type { MapAsset } from '../../core/map/mapTypes';
import type { MapAnswer, MapChoice, MapInsets, MapMark, MapView } from '../../core/map/mapView';
import { distanceKm, mapToLonLat, projectToMap } from '../../core/map/projection';
import { nearestOnLine, pointAlong } from '../../core/map/lineDistance';
import type { MapClickQuestion, Question } from '../../core/model/pack';
import type { Library } from '../../core/play/library';
import { questionMapMarks } from '../../core/questions/placeMarks';
import { currentQuestion } from '../../core/quiz/round';
import type { MapActivity, RegionView } from '../../core/map/regionView';
import { packStages } from '../../core/play/selectors';
import { QuizPanel } from '../panels/QuizPanel';
import type { ProgressSnapshot } from '../../core/progress/snapshot';
import { RegionList } from '../panels/RegionList';
import { el, focusHeading } from '../widgets/dom';
import { showSoundState, soundToggle } from '../widgets/toggles';
import type { Screen } from '../navigation';

/** Sound effects as the screens use them. */
export interface SoundPort {
  /** Plays an effect (the player decides elsewhere whether sound is on). */
  play(name: 'correct' | 'wrong' | 'unlock' | 'click' | 'fanfare'): void;
}

/** What the map screen needs. */
export interface MapScreenDeps {
  /** The game's use cases and views. */
  session: GameSession;
  /** Map geometry (for grading clicks on places). */
  map: Pick<MapAsset, 'projection'>;
  /** The map's land, so that a click on another place than the one asked for is graded as that place. */
  land?: LandMap;
  /** The drawn map. */
  mapView: MapView;
  /** Sound effects. */
  sound: SoundPort;
  /** Says a message through the page's live region. */
  announce(message: string): void;
  /** Back to the menu. */
  onMenu(): void;
  /** Downloads the results of the pack round just finished. */
  onExportResults(learner: string, kind: 'csv' | 'json'): void;
  /** Whether a region chosen now plays the guided first round (the tour points at the regions). */
  guidedRound?(): boolean;
}

/**
 * The map screen: the bar (menu, status, sound), the region list (the map's accessible twin) and the quiz
 * panel over the map. It shows the session's state and sends the player's choices to it; whether a
 * choice starts a round, answers a map question or is refused is decided in `core/play/plans.ts`.
 */
export class MapScreen implements Screen {
  readonly element: HTMLElement;
  readonly heading: HTMLElement;
  readonly onMap = true;
  private readonly quiz: QuizPanel;
  private readonly regionList: RegionList;
  private readonly status: HTMLElement;
  private readonly bar: HTMLElement;
  private shown = false;
  /** The regions as last drawn, for naming the region under the pointer (which happens far more often). */
  private views: readonly RegionView[] = [];
  /** Progress when the regions were last drawn: the list's stars and completion. */
  private progress: ProgressSnapshot | null = null;
  /** What the player was doing when the regions were last drawn (their labels depend on it). */
  private drawnFor: MapActivity | null = null;
  /** The places the course asks about (longitude, latitude), gathered once per library: the marks' pool. */
  private places: { library: Library; points: [number, number][] } | null = null;
  /** The marks of the question last asked, by its id, so that the map and the buttons always agree. */
  private marksFor: { questionId: string; marks: readonly MapMark[] } | null = null;
  /** What the map shows for the current map question ("" for nothing), so it is sent only on change. */
  private overlayKey = '';

  constructor(private readonly deps: MapScreenDeps) {
    const { session, sound } = deps;
    this.quiz = new QuizPanel({
      question: (questionId) => session.library.bank.get(questionId),
      regionName: (regionId) => session.placeName(regionId),
      wasCleared: (regionId) => session.state.regions[regionId] === 'cleared',
      onAnswer: (response) => session.answer(response),
      onNext: () => {
        sound.play('click');
        session.next();
      },
      onBackToMap: () => {
        sound.play('click');
        session.closeRound();
      },
      canPlayAgain: () => session.canPlayAgain(),
      onPlayAgain: () => session.playAgain(),
      onReviewMissed: () => session.reviewMissed(),
      onExportResults: (learner, kind) => deps.onExportResults(learner, kind),
      now: () => session.moment().now,
      marks: (question) => this.marks(question),
      gradeContext: () => ({
        projection: deps.map.projection,
        knownAnswers: session.library.knownAnswers,
        ...(deps.land ? { land: deps.land } : {}),
      }),
      announce: (message) => deps.announce(message),
    });
    this.regionList = new RegionList({
      onChoose: (regionId) => this.choose(regionId),
      onFocus: (regionId) => deps.mapView.focusRegion(regionId),
      questionCount: (regionId) => session.library.inRegion(regionId).length,
      stars: (regionId) => this.progress?.stars[regionId]?.stars ?? 0,
      completion: () => {
        const { percent, cleared, total } = this.progress?.completion ?? session.progress().completion;
        return `Map ${percent}% complete: ${cleared} of ${total} regions cleared.`;
      },
      packStages: () => packStages(session.library),
      onChoosePack: (packId) => {
        if (session.state.round) return;
        sound.play('click');
        session.playPack(packId);
      },
    });
    this.status = el('p', { className: 'map-status', text: session.statusLine() });
    this.bar = el('header', { className: 'map-bar' }, [
      el('button', { text: 'Menu', attrs: { type: 'button' }, onClick: () => deps.onMenu() }),
      this.status,
      soundToggle(session.state.settings.muted, (muted) => session.setMuted(muted)),
    ]);
    this.element = el('div', { className: 'map-screen' }, [
      this.bar,
      this.regionList.element,
      this.quiz.element,
    ]);
    this.heading = this.regionList.element.querySelector('h2') as HTMLElement;
    window.addEventListener('pagehide', () => this.onPageHide());
    window.addEventListener('pageshow', (event) => this.onPageShow(event));
  }

  /**
   * The page is being unloaded (a reload, a closed tab) or put in the back-forward cache: the question on
   * screen is paused as on leaving the map, which records the time spent on it for the save, so that a
   * reload neither gives the time back nor counts the time the page was away. Should that last write not
   * land, the restore counts the time until the next load instead (see `restoreGameState`). A tab merely
   * hidden keeps its clock: pausing it would let a timed question wait while the player looks it up in
   * another tab, and would redraw the question (losing a half-typed answer) when the tab comes back.
   */
  private onPageHide(): void {
    if (!this.shown) return;
    this.quiz.suspend();
    this.deps.session.pauseQuestion();
  }

  /** The page came back from the back-forward cache: a question paused on the way out runs again. */
  private onPageShow(event: PageTransitionEvent): void {
    if (!this.shown || !event.persisted) return;
    this.deps.session.resumeQuestion();
    this.showRound();
  }

  /** Draws the regions and the round as they are now. */
  onEnter(): void {
    this.shown = true;
    // A question left on screen (or brought back by a reload) starts its clock again only now.
    this.deps.session.resumeQuestion();
    this.drawRegions();
    const toggle = this.bar.querySelector<HTMLButtonElement>('.toggle');
    if (toggle) showSoundState(toggle, this.deps.session.state.settings.muted);
    this.showRound();
  }

  /** Focus goes to the question when a round is on, else to the region list. */
  focus(): void {
    const round = this.deps.session.state.round;
    focusHeading((round ? this.quiz.element.querySelector('h2') : this.heading) as HTMLElement);
  }

  /**
   * Another screen replaced this one: the round waits where it is until the player comes back, and the
   * question's clock (a timed round's countdown) stands still meanwhile.
   */
  onLeave(): void {
    this.shown = false;
    this.quiz.suspend();
    this.deps.session.pauseQuestion();
  }

  /** Quiz keys go to the quiz panel while it is open. */
  onKey(event: KeyboardEvent): boolean {
    return !this.quiz.element.hidden && this.quiz.handleKey(event);
  }

  /**
   * The bar covers the top; the region list covers the right side (wide screens) or the bottom, unless it is
   * hidden (a place question on a phone); the small card of a place question covers the top (wide screens)
   * or the bottom (phones), so that the map frames the question's place in what stays visible.
   */
  mapInsets(): MapInsets {
    const width = window.innerWidth;
    const height = window.innerHeight;
    const bar = this.bar.getBoundingClientRect();
    const list = this.regionList.element.getBoundingClientRect();
    const listShown = list.width > 0 && list.height > 0;
    const side = listShown && list.left > width / 2;
    const insets = {
      top: bar.bottom,
      right: side ? width - list.left : 0,
      bottom: side || !listShown ? 0 : height - list.top,
      left: 0,
    };
    if (!this.element.classList.contains('placing') || this.quiz.element.hidden) return insets;
    const card = this.quiz.element.getBoundingClientRect();
    if (card.top > height / 2) return { ...insets, bottom: Math.max(insets.bottom, height - card.top) };
    return { ...insets, top: Math.max(insets.top, card.bottom) };
  }

  /** Draws region views on the map and in the list, with the map's celebration of a round's clear, if any. */
  drawRegions(celebration: RegionCelebration = NO_CELEBRATION): void {
    this.drawnFor = this.deps.session.mapActivity();
    this.views = this.deps.session.regionViews();
    this.deps.mapView.showRegions(this.views, celebration);
    this.progress = this.deps.session.progress();
    this.regionList.update(this.views);
  }

  /** Shows the stars and completion now in the region list (after an answer), without redrawing the map. */
  refreshProgress(): void {
    if (this.views.length === 0) return;
    this.progress = this.deps.session.progress();
    this.regionList.update(this.views);
  }

  /** Shows the round's phase: the quiz panel, and whether the map or the list takes clicks. */
  showRound(): void {
    if (!this.shown) return;
    const { session, mapView } = this.deps;
    const round = session.state.round;
    const mapQuestion = session.mapQuestion();
    const answeringOnMap = mapQuestion?.phase === 'asking';
    this.quiz.update(round);
    this.status.textContent = session.statusLine();
    // The regions' labels say what choosing one does: redraw them when that changed (a round began, a map
    // question is asked or answered). The round's end redraws them with its celebrations (`roundClosed`).
    if (round && session.mapActivity() !== this.drawnFor) this.drawRegions();
    // Set only on change: toggling `inert` restyles the whole list, on every answer otherwise. During a round
    // the list never answers: a map question is answered on the map or by its numbered marks, so that naming
    // the round's own region is never an answer.
    const inert = round !== null;
    if (this.regionList.element.inert !== inert) this.regionList.element.inert = inert;
    mapView.setInputEnabled(round === null || answeringOnMap);
    // After a map-click answer, the right place stays highlighted while the feedback shows.
    mapView.focusRegion(mapQuestion?.phase === 'feedback' ? (mapQuestion.target ?? null) : null);
    // A map question, asked or answered, keeps its card small so that the map shows its marks and answer.
    const placing = mapQuestion !== undefined && this.askedMapClick() !== undefined;
    const wasPlacing = this.element.classList.contains('placing');
    if (placing !== wasPlacing) this.element.classList.toggle('placing', placing);
    if (placing || wasPlacing) mapView.setInsets(this.mapInsets());
    this.showPlaceOnMap();
    if (!round) focusHeading(this.heading);
  }

  /** The current question when it is a map-click question (a region, a place or a line to find). */
  private askedMapClick(): MapClickQuestion | undefined {
    const round = this.deps.session.state.round;
    if (!round || round.phase === 'finished') return undefined;
    const asked = currentQuestion(round);
    const question = asked ? this.deps.session.library.bank.get(asked.questionId)?.question : undefined;
    return question?.type === 'mapclick' ? question : undefined;
  }

  /**
   * A map question on the map: its numbered marks while it is asked; then a pin on the right spot (a
   * region's label, a line's nearest point to the click), a line from the player's click or mark and the
   * distance, with the line itself drawn for a line question.
   */
  private showPlaceOnMap(): void {
    const { session, mapView } = this.deps;
    const round = session.state.round;
    const question = this.askedMapClick();
    let marks: readonly MapMark[] = [];
    let answer: MapAnswer | null = null;
    if (question && round?.phase === 'asking') marks = this.marks(question);
    if (question && round?.phase === 'feedback') {
      const response = round.answers[round.answers.length - 1]?.response;
      const point =
        response && typeof response === 'object' && 'point' in response ? response.point : undefined;
      answer = this.answerOnMap(question, point);
    }
    const key = question && round ? `${question.id}|${round.index}|${round.phase}` : '';
    if (key === this.overlayKey) return;
    this.overlayKey = key;
    mapView.showAnswer(answer);
    mapView.showMarks(marks);
  }

  /**
   * What the map shows after a map question is answered (from `click`, if any): for a region, a pin on its
   * label (and a line from a click elsewhere); for a place, a pin on it; for a line, the line and a pin on its
   * point nearest the click; with a line from the click and the distance.
   */
  private answerOnMap(question: MapClickQuestion, click: [number, number] | undefined): MapAnswer | null {
    const { projection } = this.deps.map;
    const target = question.target;
    if ('region' in target) {
      // A pin on the region's label (the region itself is highlighted), and a line from a click elsewhere.
      const label = this.deps.land?.regions.find((region) => region.id === target.region)?.label;
      if (!label) return null;
      const pin: [number, number] = [label[0], label[1]];
      const response = this.deps.session.state.round?.answers.at(-1)?.response;
      const region =
        response && typeof response === 'object' && 'region' in response ? response.region : null;
      return click && region !== target.region ? { target: pin, click } : { target: pin };
    }
    const clicked = click ? mapToLonLat(projection, click[0], click[1]) : undefined;
    const toMap = ([lon, lat]: readonly [number, number]) => projectToMap(projection, lon, lat);
    if ('point' in target)
      return clicked && click
        ? { target: toMap(target.point), click, km: distanceKm(clicked, target.point) }
        : { target: toMap(target.point) };
    const path = target.line.map(toMap);
    if (!clicked || !click) return { target: toMap(pointAlong(target.line, 0.5)), path };
    const nearest = nearestOnLine(target.line, clicked);
    return { target: toMap(nearest.at), click, km: nearest.km, path };
  }

  /** The numbered marks of a map question, the same on every call. */
  private marks(question: Question): readonly MapMark[] {
    if (question.type !== 'mapclick') return [];
    if (this.marksFor?.questionId === question.id) return this.marksFor.marks;
    const { map, land } = this.deps;
    const marks = questionMapMarks(question, this.bankPlaces(), {
      projection: map.projection,
      ...(land ? { land } : {}),
    });
    this.marksFor = { questionId: question.id, marks };
    return marks;
  }

  /** Every place (point target) the installed course asks about. */
  private bankPlaces(): [number, number][] {
    const library = this.deps.session.library;
    if (this.places?.library !== library) {
      const points = library.questionIds.flatMap((questionId) => {
        const question = library.bank.get(questionId)?.question;
        return question?.type === 'mapclick' && 'point' in question.target ? [question.target.point] : [];
      });
      this.places = { library, points };
    }
    return this.places.points;
  }

  /** Says what happened, in the bar and to screen readers. */
  say(message: string): void {
    if (this.shown) this.status.textContent = message;
    this.deps.announce(message);
  }

  /**
   * The map reported the pointer over a region, or over none: while choosing, the bar names it and its
   * state; during a round it keeps saying what is happening.
   */
  hover(regionId: string | null): void {
    if (!this.shown) return;
    const view = regionId ? this.views.find((candidate) => candidate.id === regionId) : undefined;
    this.status.textContent = this.deps.session.mapBarText(view);
  }

  /**
   * A click on the map chooses the region under it; a click outside every region (the sea, a country outside
   * the game) answers a map question with its point, and chooses nothing otherwise.
   */
  onMapChoice(choice: MapChoice): void {
    this.choose(choice.region, choice.point);
  }

  /** The pointer over a region shows its name and state in the map bar. */
  onMapHover(regionId: string | null): void {
    this.hover(regionId);
  }

  /** The player chose a region on the map (with the point clicked) or in the list, or a spot outside them. */
  choose(regionId: string | null, point?: [number, number]): void {
    if (!this.shown) return;
    const choice = this.deps.session.chooseRegion(regionId, point, this.deps.guidedRound?.() ?? false);
    if (choice.kind === 'play') this.deps.sound.play('click');
    if (choice.kind !== 'refused' || regionId === null) return;
    const name = this.deps.session.regionName(regionId);
    this.say(
      choice.reason === 'locked'
        ? `${name} is locked. Clear a neighbouring region to open it.`
        : `There are no questions about ${name} yet.`,
    );
  }
}
