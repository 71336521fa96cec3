import { el } from './dom';
import { soundToggle, toggleButton } from './toggles';

/** What the menu shows and where its buttons lead. */
export interface MenuProps {
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
  /** Sound toggled. */
  onMute(muted: boolean): void;
}

/** Builds the main menu: title, progress so far, notices, Play and Sound. */
export function menuScreen(props: MenuProps): { element: HTMLElement; heading: HTMLElement } {
  const heading = el('h1', { text: 'Borderlines', attrs: { id: 'menu-title' } });
  const started = props.answered > 0;
  const summary = started
    ? `You have cleared ${props.cleared} of ${props.regions} regions and answered ${props.answered} ${props.answered === 1 ? 'question' : 'questions'}.`
    : 'Answer questions about each region to clear it and open its neighbours. Start in European Russia or North China.';
  const play = el('button', {
    className: 'primary',
    text: started ? 'Continue' : 'Play',
    attrs: { type: 'button' },
    onClick: () => props.onPlay(),
  });
  const element = el(
    'section',
    { className: 'screen menu-screen', attrs: { 'aria-labelledby': 'menu-title' } },
    [
      heading,
      el('p', {
        className: 'tagline',
        text: 'Russia and China: the treaties, pipelines and summits behind the border',
      }),
      el('p', { className: 'summary', text: summary }),
      ...props.notices,
      el('div', { className: 'actions' }, [
        props.canPlay ? play : null,
        soundToggle(props.muted, props.onMute),
        toggleButton({
          label: 'Timed mode',
          pressed: props.timed,
          onToggle: props.onTimed,
          title: 'A time limit per question; points for speed and for answers right in a row',
        }),
      ]),
      el('p', {
        className: 'credits',
        text: 'Map data: Natural Earth (public domain). Questions written from five news and policy articles; every answer cites its source.',
      }),
    ],
  );
  return { element, heading };
}
