import 'fake-indexeddb/auto';
// Tests word in either language at any moment, as the worker does.
import '../../lib/i18n/all-catalogs';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(() => {
  fakeBrowser.reset();
});
