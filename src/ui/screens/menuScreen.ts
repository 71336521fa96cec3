import type { MapAsset, MapRegion } from '../../core/map/mapTypes';
import { el } from '../widgets/dom';
import { emblem } from '../widgets/emblem';
import { menuDisclosure } from '../widgets/disclosure';
import { type IconName, icon } from '../widgets/icons';
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
  /**
   * The player's progress at a glance (level, streak, map completion), shown under the title in the
   * element of class `menu-progress`, which is there, empty, when this is absent.
   */
  progress?: HTMLElement;
}

/** A menu button: its icon (decoration, hidden from assistive technology) and its text, which names it. */
function menuButton(
  name: IconName,
  text: string,
  onClick: () => void,
  className = 'menu-button',
): HTMLElement {
  return el('button', { className, attrs: { type: 'button' }, onClick }, [
    icon(name),
    el('span', { className: 'menu-button-text', text }),
  ]);
}

/** The title screen at the top of the menu: the emblem, the game's name and its tagline. */
function titleBlock(subject: MenuSubject, heading: HTMLElement): HTMLElement {
  return el('header', { className: 'menu-hero' }, [
    emblem(),
    el('div', { className: 'menu-hero-text' }, [
      heading,
      el('p', { className: 'tagline', text: subject.tagline }),
    ]),
  ]);
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
    el('div', { className: 'menu-grid' }, [
      menuButton('cards', `Flashcards (${study.due} to study)`, () => study.onStudy()),
      study.mistakes > 0
        ? menuButton('retry', `Review mistakes (${study.mistakes})`, () => study.onMistakes())
        : null,
      menuButton('stats', 'Progress and stats', () => study.onStats()),
      menuButton('packs', 'Question packs', () => study.onPacks()),
    ]),
    menuDisclosure('settings', 'Study settings', 'study-settings', [
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

/**
 * Builds the main menu: the title screen (emblem, name, tagline), a slot for the player's progress, what
 * to do next, notices, Play and the other ways to play, Sound and Timed mode, then studying and learners.
 */
export function menuScreen(props: MenuProps): { element: HTMLElement; heading: HTMLElement } {
  const heading = el('h1', {
    className: 'menu-title',
    text: props.subject.title,
    attrs: { id: 'menu-title' },
  });
  const started = props.answered > 0;
  const summary = started
    ? `You have cleared ${props.cleared} of ${props.regions} regions and answered ${props.answered} ${props.answered === 1 ? 'question' : 'questions'}.`
    : `Answer questions about each region to clear it and open its neighbours. Start in ${startingPlaces(props.subject)}.`;
  const play = menuButton('play', started ? 'Continue' : 'Play', () => props.onPlay(), 'primary play');
  // The guided first round points its first coach mark at this button.
  play.dataset.guide = 'play';
  const element = el(
    'section',
    { className: 'screen menu-screen', attrs: { 'aria-labelledby': 'menu-title' } },
    [
      titleBlock(props.subject, heading),
      el('div', { className: 'menu-progress' }, [
        props.progress && props.canPlay && started ? props.progress : null,
      ]),
      el('p', { className: 'summary', text: summary }),
      ...props.notices,
      // Play, the other ways to play, then the toggles: the menu's main buttons.
      el('div', { className: 'menu-actions' }, [
        props.canPlay ? play : null,
        props.canPlay
          ? el('div', { className: 'menu-grid' }, [
              menuButton('history', 'Borders through time', () => props.onHistory()),
              props.onModes ? menuButton('modes', 'Map modes', () => props.onModes?.()) : null,
            ])
          : null,
        el('div', { className: 'menu-toggles' }, [
          soundToggle(props.muted, props.onMute),
          toggleButton({
            label: 'Timed mode',
            pressed: props.timed,
            onToggle: props.onTimed,
            title: 'A time limit per question; points for speed and for answers right in a row',
            iconFor: () => icon('timer'),
          }),
        ]),
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
