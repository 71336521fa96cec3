import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { zipSync } from 'fflate';
import { expect, test, waitForMenu } from './fixtures';
import { TEST_BUILD } from '../support/e2eBoot';

/** Lists nested 100,000 levels deep, inside a pack's questions. */
const DEEP_PACK = `{\n  "format": "borderlines-pack",\n  "title": "Deep",\n  "questions": [\n    ${'['.repeat(100_000)}${']'.repeat(100_000)}\n  ]\n}`;

/** The pack manager's status line. */
function packStatus(page: Page) {
  return page.getByRole('region', { name: 'Question packs' }).getByRole('status');
}

/**
 * A pack server on another port (as a teacher's site would be), answering each request with the handler
 * the test sets, and recording how each answer ended.
 */
async function packServer() {
  const log = { closedEarly: 0, bytesSent: 0 };
  let handle: (request: IncomingMessage, response: ServerResponse) => void = (_, response) => response.end();
  const server: Server = createServer((request, response) => {
    response.setHeader('Access-Control-Allow-Origin', '*');
    response.on('close', () => {
      if (!response.writableFinished) log.closedEarly += 1;
    });
    handle(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    log,
    url: (name: string) => `http://127.0.0.1:${port}/${name}`,
    answer(handler: typeof handle) {
      handle = handler;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Writes chunks of `size` bytes for as long as the client reads them, counting what was sent. */
function sendEndlessly(response: ServerResponse, size: number, log: { bytesSent: number }): void {
  const chunk = Buffer.alloc(size, 0x20);
  const pump = () => {
    while (!response.destroyed) {
      log.bytesSent += size;
      if (!response.write(chunk)) {
        response.once('drain', pump);
        return;
      }
    }
  };
  pump();
}

test('a pack link nested 100,000 levels deep is refused with its line, and nothing is installed', async ({
  page,
}) => {
  // Matched on the path: the page's own address holds the same name in its query.
  await page.route(
    (url) => url.pathname === '/test-packs/deep-pack.json',
    (route) => route.fulfill({ status: 200, contentType: 'application/json', body: DEEP_PACK }),
  );
  await page.goto('./?pack=/test-packs/deep-pack.json');
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(
    preview.getByRole('heading', { name: 'Nothing to install from deep-pack.json' }),
  ).toBeVisible();
  await expect(preview).toContainText(
    'deep-pack.json, line 5, column 67: the JSON is nested more than 64 levels deep here',
  );
  await expect(preview.getByRole('button', { name: 'Install pack' })).toHaveCount(0);
});

test('a pack link with a malformed % escape says so on the menu', async ({ page }) => {
  await page.goto('./?pack=https%3A%2F%2Fteacher.example%2Fw%25E0k.json');
  await waitForMenu(page);
  await expect(
    page.getByText(
      'The page address was not understood: pack "https://teacher.example/w%E0k.json" has a malformed % escape ("%E0" at character 26)',
      { exact: false },
    ),
  ).toBeVisible();
});

test('a backup nested 100,000 levels deep cannot be restored, and says where', async ({ page }) => {
  await page.goto('./');
  await waitForMenu(page);
  await page.getByText('Learner: Learner 1').click();
  await page.getByLabel('Restore from a backup file').setInputFiles({
    name: 'deep-backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      `{"format":"borderlines-backup","progress":${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
    ),
  });
  await expect(page.getByText('deep-backup.json cannot be restored; nothing was changed:')).toBeVisible();
  await expect(
    page.getByText(/line 1, column \d+: the JSON is nested more than 64 levels deep here/),
  ).toBeVisible();
});

test('a pack link without a declared length stops at 5 MB, and the server sees the download cancelled', async ({
  page,
}) => {
  const server = await packServer();
  try {
    server.answer((_, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      sendEndlessly(response, 64 * 1024, server.log);
    });
    const url = server.url('endless.json');
    await page.goto(`./?pack=${encodeURIComponent(url)}`);
    // How much arrived before the stop depends on how the network cut the body into chunks.
    await expect(packStatus(page)).toHaveText(
      new RegExp(
        `^The pack in the page address could not be opened: ${url.replace(/[.]/g, '\\.')} is larger than 5 MB \\(stopped after [5-9](\\.\\d)? MB\\); packs opened from a link are limited to 5 MB\\.$`,
      ),
    );
    await expect.poll(() => server.log.closedEarly).toBe(1);
    // Socket buffers hold a few megabytes more than the page read; far from the old 128 MB.
    expect(server.log.bytesSent).toBeLessThan(32 * 1024 * 1024);
  } finally {
    await server.close();
  }
});

test('a pack link shows its progress, times out when the server stops sending, and can be retried', async ({
  page,
}) => {
  const server = await packServer();
  try {
    await page.addInitScript(() => window.localStorage.setItem('borderlines-e2e-download-stall-ms', '3000'));
    server.answer((_, response) => {
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.write(Buffer.alloc(300 * 1024, 0x20)); // then nothing more
    });
    const url = server.url('week3.gift');
    await page.goto(`${TEST_BUILD}?pack=${encodeURIComponent(url)}`);
    await expect(packStatus(page)).toHaveText(`Downloading ${url}… 0.3 MB so far`);
    await expect(packStatus(page)).toHaveText(
      `The pack in the page address could not be opened: ${url} sent nothing for 3 s after 0.3 MB; the download was stopped.`,
    );
    const gift = '::Aigun:: In which year was the Treaty of Aigun signed? {=1858 ~1689 ~1860}\n';
    server.answer((_, response) => {
      response.writeHead(200, {
        'content-type': 'text/plain',
        'content-length': String(Buffer.byteLength(gift)),
      });
      response.end(gift);
    });
    await page.getByRole('button', { name: 'Retry download' }).click();
    const preview = page.getByRole('region', { name: 'Preview' });
    await expect(preview.getByRole('heading', { name: /^Preview: / })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Retry download' })).toBeHidden();
  } finally {
    await server.close();
  }
});

test('a spreadsheet whose part lies about its size is refused, naming the part', async ({ page }) => {
  const zip = zipSync({ 'xl/worksheets/sheet1.xml': [new Uint8Array(32 * 1024 * 1024), { level: 1 }] });
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let at = zip.length - 22; at >= 0; at--) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    view.setUint32(at + 24, 2048, true); // the central directory now says 2 kB
    break;
  }
  await page.goto('./');
  await waitForMenu(page);
  await page.getByRole('button', { name: 'Question packs' }).click();
  await page.getByLabel('Choose a file').setInputFiles({
    name: 'liar.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(zip),
  });
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.getByRole('heading', { name: 'Nothing to install from liar.xlsx' })).toBeVisible();
  await expect(preview).toContainText(
    'xl/worksheets/sheet1.xml declares 2 kB but unpacks to more; it is refused as a possible zip bomb',
  );
});
