/**
 * Answers the browser's permission prompt. Headless Chromium shows the prompt
 * of `permissions.request` where nobody can click it (the promise never
 * settles), and an extension's optional host permission cannot be granted
 * from outside (`context.grantPermissions` covers web permissions only; the
 * worker has no user gesture). So the options page's `permissions.request` is
 * replaced before the page loads, recording what was asked and answering as
 * the employee would. The worker then reads the feed without the host
 * permission, which the test server's `Access-Control-Allow-Origin: *` allows.
 */
import type { Page } from '@playwright/test';

export async function answerPermissionPrompt(page: Page, allow: boolean) {
  await page.addInitScript((granted) => {
    const scope = globalThis as unknown as {
      chrome?: { permissions?: { request: unknown } };
      __permissionRequests: unknown[];
    };
    scope.__permissionRequests = [];
    if (!scope.chrome?.permissions) return;
    scope.chrome.permissions.request = (request: unknown) => {
      scope.__permissionRequests.push(request);
      return Promise.resolve(granted);
    };
  }, allow);
}

export const permissionRequests = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { __permissionRequests: unknown[] }).__permissionRequests);
