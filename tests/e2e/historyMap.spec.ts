import type { Page } from '@playwright/test';
import { expectNoSeriousViolations } from './axe';
import { expect, test } from './fixtures';
import { expectSoundLayout, unreachableControls } from './layout';
import { boot } from '../support/e2eBoot';

/** The page itself never scrolls under the map: only the panel's list does (a scrolled page hides the map). */
async function expectPageInPlace(page: Page): Promise<void> {
  const scrolled = await page.evaluate(() => [
    window.scrollY,
    document.scrollingElement?.scrollTop ?? 0,
    document.getElementById('ui-root')?.scrollTop ?? 0,
  ]);
  expect(scrolled).toEqual([0, 0, 0]);
  await expect(page.getByRole('heading', { level: 1, name: 'Borders through time' })).toBeInViewport();
}

/** Opens "Borders through time" from the menu and waits until its time control has focus. */
async function openHistory(page: Page): Promise<void> {
  await boot(page);
  await page.getByRole('button', { name: 'Borders through time' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-screen', 'history');
  await expect(page.getByRole('slider', { name: 'Year' })).toBeFocused();
}

test('the time control moves by year and by event from the keyboard, and says what changed', async ({
  page,
}) => {
  await openHistory(page);
  const slider = page.getByRole('slider', { name: 'Year' });
  const status = page.getByRole('status').filter({ hasText: /\d{4}:/ });
  await expect(slider).toHaveValue(String(new Date().getUTCFullYear()));
  await slider.press('Home');
  await expect(slider).toHaveValue('1689');
  await slider.press('ArrowRight');
  await expect(slider).toHaveValue('1690');
  await slider.press('PageDown');
  await expect(slider).toHaveValue('1858');
  await expect(status).toHaveText(/^1858: Treaty of Aigun\. Now: .*Amur: Russia/);
  await slider.press('PageDown');
  await expect(slider).toHaveValue('1860');
  await expect(status).toContainText('1860: Convention of Peking.');
  await slider.press('ArrowLeft');
  await expect(slider).toHaveValue('1859');
  await expect(status).toContainText('1859: back before Convention of Peking (1860).');
  await slider.press('PageUp');
  await expect(slider).toHaveValue('1858');
  await slider.press('End');
  await expect(slider).toHaveValue(String(new Date().getUTCFullYear()));
});

test('events, layers and features open cards with their sources, and a card plays its questions', async ({
  page,
}, testInfo) => {
  await openHistory(page);
  const slider = page.getByRole('slider', { name: 'Year' });

  await page.getByRole('button', { name: '1860 Convention of Peking' }).click();
  await expect(slider).toHaveValue('1860');
  const peking = page.getByRole('region', { name: 'Convention of Peking' });
  await expect(peking.getByRole('heading', { name: 'Convention of Peking' })).toBeFocused();
  await expect(peking).toContainText('14 November 1860');
  await expect(peking).toContainText('Neil Barnett');
  await expectPageInPlace(page);
  await expect(peking.getByRole('button', { name: 'Questions about this' })).toBeVisible();
  await expectNoSeriousViolations(page, 'the history map with an event card');
  await expectSoundLayout(page, testInfo, 'history map with an event card', { minTarget: 44 });

  await page.getByRole('button', { name: '2014 Crimea annexed by Russia' }).click();
  await expect(page.getByRole('region', { name: 'Crimea annexed by Russia' })).toContainText(
    'not recognised internationally',
  );

  // An event no built-in question is about offers no round.
  await page.getByRole('button', { name: '1944 Tuva joins the Soviet Union' }).click();
  await expect(page.getByRole('region', { name: 'Tuva joins the Soviet Union' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Questions about this' })).toHaveCount(0);

  const rivers = page.getByRole('checkbox', { name: 'Rivers' });
  await expect(rivers).toBeChecked();
  await rivers.uncheck();
  await expect(rivers).not.toBeChecked();
  await rivers.check();

  await page.getByRole('button', { name: 'Ceded by the Treaty of Aigun (1858)' }).click();
  const ceded = page.getByRole('region', { name: 'Ceded by the Treaty of Aigun (1858)' });
  await expect(ceded).toContainText('600,000 km²');
  await expect(ceded).toContainText('about 1,000,000 km²');
  await expect(ceded).toContainText(/Area measured on this map\s*\d{3},000 km²/);
  await expectPageInPlace(page);

  await page.getByRole('button', { name: 'Amur (Heilong Jiang)' }).click();
  const amur = page.getByRole('region', { name: 'Amur (Heilong Jiang)' });
  await expect(amur.getByRole('heading', { name: 'Amur (Heilong Jiang)' })).toBeFocused();
  await expect(amur).toContainText('approximate route');
  await amur.getByRole('button', { name: 'Questions about this' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-screen', 'map');
  await expect(page.locator('.quiz-progress')).toContainText('Amur (Heilong Jiang) · Question 1 of 6');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true });

  test('the panel is a sheet that leaves the map visible, and everything is reachable', async ({
    page,
  }, testInfo) => {
    await openHistory(page);
    const panel = page.locator('.history-panel');
    const box = await panel.boundingBox();
    expect(box, 'the panel is on screen').not.toBeNull();
    // The top of the screen stays the map's.
    expect(box!.y).toBeGreaterThanOrEqual(640 * 0.4);
    await page.getByRole('button', { name: '1858 Treaty of Aigun' }).click();
    const card = page.getByRole('region', { name: 'Treaty of Aigun' });
    await expect(card).toBeInViewport();
    await expectPageInPlace(page);
    await expectNoSeriousViolations(page, 'the history map on a phone');
    const questions = card.getByRole('button', { name: 'Questions about this' });
    await questions.scrollIntoViewIfNeeded();
    const target = await questions.boundingBox();
    expect(target!.height).toBeGreaterThanOrEqual(44);
    await page.getByRole('button', { name: 'Yamal LNG' }).click();
    await expect(page.getByRole('region', { name: 'Yamal LNG' })).toContainText('Operating');
    await expectPageInPlace(page);
    const layer = page.getByRole('checkbox', { name: 'Pipelines' });
    await layer.uncheck();
    await expect(layer).not.toBeChecked();
    await expectSoundLayout(page, testInfo, 'history map on a phone', { minTarget: 44 });
    expect(await unreachableControls(page)).toEqual([]);
  });
});
