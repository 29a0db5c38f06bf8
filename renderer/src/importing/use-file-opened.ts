import { useEffect, useRef } from 'react';
import { api, type OpenedFile } from '../api';

// The preload offers no way to unsubscribe: register once per window and forward to whichever
// handler is current.
let currentHandler: ((file: OpenedFile) => void) | null = null;
let registered = false;

/** A `.appeal` file opened with the app (double-click in the file manager) goes to the preview. */
export function useFileOpened(onFile: (fileName: string, contents: string) => void): void {
  const handler = useRef(onFile);
  useEffect(() => {
    handler.current = onFile;
  }, [onFile]);

  useEffect(() => {
    currentHandler = (file) => handler.current(file.fileName, file.contents);
    if (!registered && api.onFileOpened) {
      registered = true;
      api.onFileOpened((file) => currentHandler?.(file));
    }
    return () => {
      currentHandler = null;
    };
  }, []);
}
