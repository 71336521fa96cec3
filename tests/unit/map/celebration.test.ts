import { describe, expect, it } from 'vitest';
import {
  NO_CELEBRATION,
  celebrationMessage,
  celebrationPlan,
  hasCelebration,
} from '../../../src/core/map/celebration';

describe('celebrationMessage', () => {
  it('names the cleared region and the regions it opened', () => {
    expect(celebrationMessage('Amur', ['Primorye', 'Manchuria'])).toBe(
      'Amur cleared! New regions open: Primorye, Manchuria.',
    );
  });

  it('says so when clearing opened nothing new', () => {
    expect(celebrationMessage('Amur', [])).toBe('Amur cleared! Every neighbouring region was open already.');
  });

  it('names opened regions alone, and says nothing for nothing', () => {
    expect(celebrationMessage(null, ['Ukraine'])).toBe('New regions open: Ukraine.');
    expect(celebrationMessage(null, [])).toBe('');
  });
});

describe('hasCelebration', () => {
  it('is false only when nothing was cleared or opened', () => {
    expect(hasCelebration(NO_CELEBRATION)).toBe(false);
    expect(hasCelebration({ cleared: 'amur', opened: [] })).toBe(true);
    expect(hasCelebration({ cleared: null, opened: ['ukraine'] })).toBe(true);
  });
});

describe('celebrationPlan', () => {
  it('ends the burst after its fill, its particles and the last opened region’s last pulse', () => {
    const plan = celebrationPlan('burst', 5);
    const { fillMs, burstAt, particleMs, pulseAt, pulseStagger, pulseMs, pulses } = plan as Required<
      typeof plan
    >;
    expect(plan.totalMs).toBeGreaterThanOrEqual(fillMs);
    expect(plan.totalMs).toBeGreaterThanOrEqual(burstAt + particleMs);
    expect(plan.totalMs).toBeGreaterThanOrEqual(pulseAt + 4 * pulseStagger + pulses * pulseMs);
    expect(burstAt).toBeLessThan(fillMs);
  });

  it('lasts longer with more regions to pulse, and still ends without any', () => {
    expect(celebrationPlan('burst', 6).totalMs).toBeGreaterThan(celebrationPlan('burst', 1).totalMs);
    const none = celebrationPlan('burst', 0);
    expect(none.totalMs).toBeGreaterThanOrEqual((none.burstAt ?? 0) + (none.particleMs ?? 0));
  });

  it('keeps the calm version to a static moment: no fill, burst or pulses', () => {
    const calm = celebrationPlan('calm', 5);
    expect(calm).toEqual({ style: 'calm', totalMs: calm.totalMs });
    expect(calm.totalMs).toBeGreaterThan(0);
  });
});
