import type { AppApi } from '../../shared/api/contract';

/** What the preload adds beyond the contract: a `.appeal` file opened with the app. */
export interface OpenedFile {
  fileName: string;
  contents: string;
}

export type WindowApi = AppApi & {
  /** Optional: absent in the end-to-end harness and in older preloads. */
  onFileOpened?: (callback: (file: OpenedFile) => void) => void;
};

declare global {
  interface Window {
    appeal: WindowApi;
  }
}

/** The only door to the main process: components import `api`, never `window.appeal`. */
export const api: WindowApi = window.appeal;
