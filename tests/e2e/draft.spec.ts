import { expect, test, waitForMenu } from './fixtures';

/** A short article with figures, years and names, as a teacher would paste it. */
const ARTICLE = `The Power of Siberia pipeline runs 3,000 km from Yakutia to the Chinese border.
It was formally opened in December 2019, after five years of building by Gazprom.

Back in 2014, Gazprom signed a $400 billion contract with the China National Petroleum Corporation.
The pipeline is meant to carry 38 bcm of gas a year, and exports rose by 50 per cent in 2022.`;

test('a teacher pastes an article, reviews the drafts against their sources, saves a pack and plays it', async ({
  page,
}) => {
  await page.goto('./');
  await waitForMenu(page);
  await page.getByRole('button', { name: 'Question packs' }).click();
  await page.getByRole('button', { name: 'New pack from article' }).click();

  const editor = page.getByRole('region', { name: 'New pack from article' });
  await expect(editor.getByRole('heading', { name: 'New pack from article' })).toBeFocused();
  await editor.getByRole('button', { name: 'Draft questions' }).click();
  await expect(editor.getByRole('status')).toHaveText('Paste the article text first.');

  await editor.getByLabel('Headline').fill('Power of Siberia in figures');
  await editor.getByLabel('Outlet (optional)').fill('Class handout');
  await editor.getByLabel('Date of the article').fill('2023-03-28');
  await editor.getByLabel('Article text').fill(ARTICLE);
  await editor.getByRole('button', { name: 'Draft questions' }).click();

  const drafts = editor.getByRole('list', { name: 'Drafts' }).getByRole('listitem');
  await expect(editor.getByRole('status')).toContainText('8 drafts from 4 sentences.');
  await expect(drafts).toHaveCount(8);
  const first = drafts.nth(0);
  await expect(first).toContainText('What figure fills the gap, in kilometres?');
  await expect(first.locator('blockquote mark')).toHaveText('3,000 km');
  await expect(first.locator('blockquote')).toHaveText(
    'The Power of Siberia pipeline runs 3,000 km from Yakutia to the Chinese border.',
  );
  await expect(drafts.nth(2).locator('blockquote mark')).toHaveText('2019');

  await editor.getByRole('button', { name: 'Accept draft 1' }).click();
  await expect(editor.getByRole('button', { name: 'Accept draft 1' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(first).toContainText('Accepted');
  await editor.getByRole('button', { name: 'Accept draft 3' }).click();
  await editor.getByRole('button', { name: 'Reject draft 2' }).click();
  await expect(drafts.nth(1)).toContainText('Rejected');

  await editor.getByRole('button', { name: 'Edit draft 4' }).click();
  const form = editor.getByRole('form', { name: 'Edit draft' });
  await expect(form.getByLabel('Prompt')).toBeFocused();
  await form.getByLabel('Answer (year)').fill('twenty fourteen');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(form.getByRole('alert')).toHaveText('Answer: write a whole year, e.g. 2019.');
  await form.getByLabel('Answer (year)').fill('2014');
  await form
    .getByLabel('Prompt')
    .fill('In which year did Gazprom sign its $400 billion gas contract with China?');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(drafts.nth(3)).toContainText('Accepted (edited)');
  await expect(drafts.nth(3)).toContainText(
    'In which year did Gazprom sign its $400 billion gas contract with China?',
  );

  const save = editor.getByRole('region', { name: 'Save the pack' });
  await expect(save).toContainText('3 accepted, 1 rejected, 4 not decided.');
  await save.getByLabel('Tags for every question (comma-separated)').fill('week5, energy');
  await save.getByRole('button', { name: 'Save as pack' }).click();

  const manager = page.getByRole('region', { name: 'Question packs' });
  await expect(manager.getByRole('status')).toHaveText(
    'Installed “Power of Siberia in figures” with 3 questions.',
  );
  await expect(page.getByRole('heading', { level: 1, name: 'Question packs' })).toBeFocused();
  const installed = page.getByRole('region', { name: 'Installed packs' });
  await expect(
    installed.getByRole('listitem').filter({ hasText: 'Power of Siberia in figures' }),
  ).toContainText('3 questions');

  await installed.getByRole('button', { name: 'Play “Power of Siberia in figures”' }).click();
  await expect(page.locator('#quiz-heading')).toHaveText(
    /fills the gap, in kilometres\?|Which year fills the gap\?|In which year did Gazprom sign/,
  );
});
