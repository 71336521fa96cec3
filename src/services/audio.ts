import type { Howl as HowlType } from 'howler';
import clickUrl from '../../assets/audio/click.wav?url';
import correctUrl from '../../assets/audio/correct.wav?url';
import unlockUrl from '../../assets/audio/unlock.wav?url';
import wrongUrl from '../../assets/audio/wrong.wav?url';
import fanfareUrl from '../../assets/audio/fanfare.wav?url';
import streakUrl from '../../assets/audio/streak.wav?url';
import levelUrl from '../../assets/audio/level.wav?url';
import starUrl from '../../assets/audio/star.wav?url';
import fadeUrl from '../../assets/audio/fade.wav?url';

/**
 * The game's sound effects: answers (correct, wrong), a region opening (unlock) and cleared (fanfare),
 * progress (streak, level, star gained, fade for a star lost) and a soft click.
 */
export type SoundName =
  'correct' | 'wrong' | 'unlock' | 'click' | 'fanfare' | 'streak' | 'level' | 'star' | 'fade';

const SOUND_URLS: Record<SoundName, string> = {
  click: clickUrl,
  correct: correctUrl,
  wrong: wrongUrl,
  unlock: unlockUrl,
  fanfare: fanfareUrl,
  streak: streakUrl,
  level: levelUrl,
  star: starUrl,
  fade: fadeUrl,
};

/** Plays sound effects, respecting mute, and only after the player has interacted with the page. */
export interface SoundPlayer {
  /** Plays an effect; does nothing while muted or before the first user gesture. */
  play(name: SoundName): void;
  /** Mutes or unmutes every effect. */
  setMuted(muted: boolean): void;
  /** Call from inside the first user gesture: loads howler and the sounds. */
  enable(): void;
}

/**
 * Creates the howler-backed player. Howler itself is loaded on the first gesture, so no AudioContext
 * exists (and nothing can play) before the player has clicked or pressed a key.
 */
export function createSoundPlayer(initiallyMuted: boolean): SoundPlayer {
  let muted = initiallyMuted;
  let howls: Partial<Record<SoundName, HowlType>> | null = null;
  let loading = false;

  return {
    play(name) {
      if (muted) return;
      howls?.[name]?.play();
    },
    setMuted(next) {
      muted = next;
      if (howls) for (const howl of Object.values(howls)) howl.mute(next);
    },
    enable() {
      if (loading) return;
      loading = true;
      void import('howler').then(({ Howl }) => {
        const made: Partial<Record<SoundName, HowlType>> = {};
        for (const [name, url] of Object.entries(SOUND_URLS) as [SoundName, string][]) {
          made[name] = new Howl({
            src: [url],
            format: ['wav'],
            volume: name === 'click' ? 0.35 : 0.6,
            mute: muted,
          });
        }
        howls = made;
      });
    },
  };
}
