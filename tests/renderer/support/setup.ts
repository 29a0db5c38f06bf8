import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { fakeApi } from './fake-api';

// Imported first by every test file: renderer/src/api.ts reads window.appeal once, at import.
window.appeal = fakeApi;

// Vitest runs without globals here, so Testing Library cannot register its own cleanup.
afterEach(async () => {
  cleanup();
  const { i18n } = await import('../../../renderer/src/i18n');
  await i18n.changeLanguage('en');
});
