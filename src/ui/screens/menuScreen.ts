import type { MapAsset, MapRegion } from '../../core/map/mapTypes';
import { el } from '../widgets/dom';
import { type EditableStudySettings, studySettingsForm } from '../panels/studySettingsForm';
import { soundToggle, toggleButton } from '../widgets/toggles';

/** The self-study part of the menu: today's goal, what is due, mistakes to review, stats and settings. */
export interface MenuStudyProps {
  /** Flashcards left to study today (due now plus new ones within the daily limit). */
  due: number;
  /** Questions answered wrong recently and not put right since. */
  mistakes: number;
  /** Reviews and answers today. */
  today: number;
  /** Current study settings (including the daily goal). */
  settings: EditableStudySettings;
  /** Open the flashcards. */
  onStudy(): void;
  /** Play the recent mistakes as one review round. */
  onMistakes(): void;
  /** Open the stats screen. */
  onStats(): void;
  /** Open the pack manager. */
  onPacks(): void;
  /** New study settings were saved. */
  onSettings(settings: EditableStudySettings): void;
}

/** What the menu says about the map's subject: the parts of the map asset it reads. */
export type MenuSubject = Pick<MapAsset, 'title' | 'tagline' | 'startingRegions'> & {
  /** The map's regions, for the names of the starting regions. */
  regions: readonly Pick<MapRegion, 'id' | 'name'>[];
};

/** What the menu shows and where its buttons lead. */
export interface MenuProps {
  /** The map being played: its title heads the menu, and a new player is told where to start. */
  subject: MenuSubject;
  /** Regions cleared so far. */
  cleared: number;
  /** Regions on the map. */
  regions: number;
  /** Answers given so far. */
  answered: number;
  /** Whether sound is off. */
  muted: boolean;
  /** Whether rounds are timed. */
  timed: boolean;
  /** Timed mode toggled. */
  onTimed(timed: boolean): void;
  /** Notices to show above the buttons (problems loading questions or saved progress). */
  notices: HTMLElement[];
  /** Whether the Play button is offered (not while a decision about unreadable progress is pending). */
  canPlay: boolean;
  /** Start or continue playing on the map. */
  onPlay(): void;
  /** Open "Borders through time", the history map (offered with Play: its questions play rounds). */
  onHistory(): void;
  /** Open the map modes (Name it, Find it, the whole map, the daily challenge). */
  onModes?(): void;
  /** Sound toggled. */
  onMute(muted: boolean): void;
  /** Flashcards, mistakes, stats and the daily goal (absent while progress cannot be used). */
  study?: MenuStudyProps;
  /** The learners panel (absent when progress cannot be saved). */
  profiles?: HTMLElement;
}

/** The daily goal as a labelled progress bar with its numbers in words. */
function dailyGoal(today: number, goal: number): HTMLElement {
  const met = today >= goal;
  const bar = el('progress', {
    attrs: {
      id: 'daily-goal',
      max: String(goal),
      value: String(Math.min(today, goal)),
      'aria-label': 'Daily goal',
    },
  });
  return el('div', { className: 'daily-goal' }, [
    el('label', { text: 'Daily goal', attrs: { for: 'daily-goal' } }),
    bar,
    el('p', {
      className: 'goal-text',
      text: met
        ? `Goal met: ${today} answers and reviews today (goal ${goal}).`
        : `${today} of ${goal} answers and reviews today.`,
    }),
  ]);
}

/** Buttons and panels for studying between map rounds. */
function studyPart(study: MenuStudyProps): HTMLElement {
  return el('section', { className: 'menu-study', attrs: { 'aria-label': 'Study' } }, [
    dailyGoal(study.today, study.settings.dailyGoal),
    el('div', { className: 'actions' }, [
      el('button', {
        text: `Flashcards (${study.due} to study)`,
        attrs: { type: 'button' },
        onClick: () => study.onStudy(),
      }),
      study.mistakes > 0
        ? el('button', {
            text: `Review mistakes (${study.mistakes})`,
            attrs: { type: 'button' },
            onClick: () => study.onMistakes(),
          })
        : null,
      el('button', { text: 'Progress and stats', attrs: { type: 'button' }, onClick: () => study.onStats() }),
      el('button', { text: 'Question packs', attrs: { type: 'button' }, onClick: () => study.onPacks() }),
    ]),
    el('details', { className: 'settings' }, [
      el('summary', { text: 'Study settings' }),
      studySettingsForm(study.settings, study.onSettings),
    ]),
  ]);
}

/** "European Russia or North China": the starting regions by name, as choices. */
function startingPlaces(subject: MenuSubject): string {
  const names = new Map(subject.regions.map((region) => [region.id, region.name]));
  return new Intl.ListFormat('en', { type: 'disjunction' }).format(
    subject.startingRegions.map((id) => names.get(id) ?? id),
  );
}

/** Builds the main menu: title, progress so far, notices, Play and Sound. */
export function menuScreen(props: MenuProps): { element: HTMLElement; heading: HTMLElement } {
  const heading = el('h1', { text: props.subject.title, attrs: { id: 'menu-title' } });
  const started = props.answered > 0;
  const summary = started
    ? `You have cleared ${props.cleared} of ${props.regions} regions and answered ${props.answered} ${props.answered === 1 ? 'question' : 'questions'}.`
    : `Answer questions about each region to clear it and open its neighbours. Start in ${startingPlaces(props.subject)}.`;
  const play = el('button', {
    className: 'primary',
    text: started ? 'Continue' : 'Play',
    attrs: { type: 'button', 'data-guide': 'play' },
    onClick: () => props.onPlay(),
  });
  const element = el(
    'section',
    { className: 'screen menu-screen', attrs: { 'aria-labelledby': 'menu-title' } },
    [
      heading,
      el('p', { className: 'tagline', text: props.subject.tagline }),
      el('p', { className: 'summary', text: summary }),
      ...props.notices,
      el('div', { className: 'actions' }, [
        props.canPlay ? play : null,
        props.canPlay
          ? el('button', {
              text: 'Borders through time',
              attrs: { type: 'button' },
              onClick: () => props.onHistory(),
            })
          : null,
        props.canPlay && props.onModes
          ? el('button', { text: 'Map modes', attrs: { type: 'button' }, onClick: () => props.onModes?.() })
          : null,
        soundToggle(props.muted, props.onMute),
        toggleButton({
          label: 'Timed mode',
          pressed: props.timed,
          onToggle: props.onTimed,
          title: 'A time limit per question; points for speed and for answers right in a row',
        }),
      ]),
      props.study && props.canPlay ? studyPart(props.study) : null,
      props.profiles && props.canPlay ? props.profiles : null,
      el('p', {
        className: 'credits',
        text: 'Map data: Natural Earth (public domain). Questions written from five news and policy articles; every answer cites its source.',
      }),
    ],
  );
  return { element, heading };
}
