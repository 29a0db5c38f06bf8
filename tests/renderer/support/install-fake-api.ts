import { fakeApi } from './fake-api';

// Imported first by every test file: renderer/src/api.ts reads window.appeal once, at import.
window.appeal = fakeApi;
