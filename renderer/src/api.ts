import type { AppApi, FileOpenedEvent } from '../../shared/api/contract';

export type OpenedFile = FileOpenedEvent;
export type WindowApi = AppApi;

declare global {
  interface Window {
    appeal: WindowApi;
  }
}

/** The only door to the main process: components import `api`, never `window.appeal`. */
export const api: WindowApi = window.appeal;
