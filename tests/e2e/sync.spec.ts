/**
 * A comms team's feed, end to end: served by a real HTTP server on this
 * machine, added from the options page, synced by the background worker,
 * listed in the LinkedIn sidebar; then broken, and "Sync now" keeps the
 * previous items while both views say what is wrong in plain words.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { feedJson, textItem } from '../helpers/feed-builders';
import { expect, test } from './fixtures';
import { OptionsPage } from './pages/extension-pages';
import { LinkedInPage } from './pages/linkedin-page';
import { answerPermissionPrompt, permissionRequests } from './permission-prompt';

interface FeedServer {
  url: string;
  serve(body: string): void;
  requests: number;
  close(): Promise<void>;
}

/** Bound to 127.0.0.1 on a free port; answers one feed document that the test can swap. */
async function startFeedServer(): Promise<FeedServer> {
  let body = '';
  const state = { requests: 0 };
  const server: Server = createServer((request, response) => {
    state.requests += 1;
    if (request.url !== '/feed.json') {
      response.writeHead(404).end();
      return;
    }
    response
      .writeHead(200, {
        'content-type': 'application/feed+json; charset=utf-8',
        'cache-control': 'no-store',
        // The stubbed permission below grants nothing, so the worker reads the feed the way it reads a policy feed.
        'access-control-allow-origin': '*',
      })
      .end(body);
  });
  server.keepAliveTimeout = 500;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/feed.json`,
    serve: (next) => {
      body = next;
    },
    get requests() {
      return state.requests;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const GOOD_FEED = feedJson(
  [
    textItem('heat-pumps', 'Our heat pump plant in Lille now runs on 100% recycled water.'),
    textItem('open-day', 'Open day at the Nantes site on Saturday: bring your family.'),
  ].map((item, index) => ({ ...item, title: ['Heat pumps made in Lille', 'Open day in Nantes'][index] })),
  { title: 'Comms test feed', _relais: { organisation: 'Test Énergie' } },
);

let feedServer: FeedServer;
test.beforeEach(async () => {
  feedServer = await startFeedServer();
  feedServer.serve(GOOD_FEED);
});
test.afterEach(async () => {
  await feedServer.close();
});

test('refuses politely, and adds nothing, when the employee does not allow reading the site', async ({
  page,
  extensionId,
}) => {
  await answerPermissionPrompt(page, false);
  const options = new OptionsPage(page, extensionId);
  await options.open();
  const feeds = options.feeds;
  await options.addFeed('http://localhost:1/feed.json');
  await expect(feeds.getByRole('alert')).toHaveText(
    /Relais needs your permission to read localhost:1\. Nothing was added/,
  );
  expect(await permissionRequests(page)).toEqual([{ origins: ['http://localhost/*'] }]);
  await expect(feeds.getByRole('listitem', { name: 'Demo library' })).toBeVisible();

  await options.addFeed('http://comms.example.com/feed.json');
  await expect(feeds.getByRole('alert')).toHaveText(/The feed was not added: The feed must be served over https:\/\//);
  expect(await permissionRequests(page)).toHaveLength(1);
});

test('a feed added in the options reaches the sidebar; a broken update keeps the items and says why', async ({
  context,
  page,
  extensionId,
}) => {
  await answerPermissionPrompt(page, true);
  const options = new OptionsPage(page, extensionId);
  await options.open();
  const feeds = options.feeds;
  await expect(feeds.getByRole('listitem', { name: 'Demo library' })).toContainText('No feed configured yet');

  await options.addFeed(feedServer.url);
  await expect(feeds.getByRole('status')).toHaveText('“Comms test feed” was added: 2 items.');
  expect(await permissionRequests(page)).toEqual([{ origins: ['http://127.0.0.1/*'] }]);
  const entry = feeds.getByRole('listitem', { name: 'Comms test feed' });
  await expect(entry).toContainText('Added by you');
  await expect(entry).toContainText('2 shown');
  await expect(entry).toContainText(feedServer.url);
  // The first feed of one's own replaces the demo library.
  await expect(feeds.getByRole('listitem', { name: 'Demo library' })).toHaveCount(0);

  const linkedin = new LinkedInPage(await context.newPage());
  await linkedin.open();
  await linkedin.openSidebar();
  await expect(linkedin.sidebar.getByRole('heading', { name: 'Heat pumps made in Lille' })).toBeVisible();
  await expect(linkedin.sidebar.getByRole('heading', { name: 'Open day in Nantes' })).toBeVisible();
  await expect(linkedin.sidebar.getByText(/No feed configured yet/)).toHaveCount(0);

  feedServer.serve('<<< this is not JSON >>>');
  const before = feedServer.requests;
  await entry.getByRole('button', { name: 'Sync now: Comms test feed' }).click();
  await expect(entry.getByRole('alert')).toContainText(/The last check failed \(.+\): The feed cannot be used/);
  await expect(entry.getByRole('alert')).toContainText('You still see the items from the last successful check.');
  await expect(entry).toContainText('2 shown');
  expect(feedServer.requests).toBeGreaterThan(before);

  await expect(
    linkedin.sidebar.getByText(/“Comms test feed” could not be updated: The feed cannot be used/),
  ).toBeVisible();
  await expect(linkedin.sidebar.getByRole('heading', { name: 'Heat pumps made in Lille' })).toBeVisible();

  // The status keeps the problem, not an English sentence: after a switch it reads in French, everywhere.
  await options.chooseLanguage('Français');
  const frenchEntry = page.getByRole('listitem', { name: 'Comms test feed' });
  await expect(frenchEntry.getByRole('alert')).toContainText(
    /La dernière vérification a échoué \(.+\)\s:\sLe flux est inutilisable \(1\sproblème\)/,
  );
  await expect(
    linkedin.sidebar.getByText(/«\sComms test feed\s» n’a pas pu être mis à jour\s:\sLe flux est inutilisable/),
  ).toBeVisible();
});
