import { useEffect, useRef } from 'react';
import { api } from '../api';

/** A `.appeal` file opened with the app (double-click in the file manager) goes to the preview. */
export function useFileOpened(onFile: (fileName: string, contents: string) => void): void {
  const handler = useRef(onFile);
  useEffect(() => {
    handler.current = onFile;
  }, [onFile]);

  useEffect(() => {
    // Optional call: a host without the event (an older preload) simply never opens files.
    const unsubscribe = api.onFileOpened?.((file) => handler.current(file.fileName, file.contents));
    return () => {
      if (typeof unsubscribe === 'function') unsubscribe();
    };
  }, []);
}
