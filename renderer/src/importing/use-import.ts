import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../shared/api/contract';
import { api } from '../api';
import { needsDeliberateChoice } from './update-review';
import { useAnnouncer } from '../announcer';

/** The contract's limit on a dropped file's text. */
const MAX_FILE_CHARS = 6 * 1024 * 1024;

export interface ImportFlow {
  preview: ImportPreview | null;
  busy: boolean;
  chooseFile: () => void;
  previewFile: (fileName: string, contents: string) => void;
  previewDropped: (file: File) => void;
  confirm: () => void;
  close: () => void;
}

/** Importing: preview first (nothing changes), then the member confirms or cancels. */
export function useImport(onImported: () => Promise<void>): ImportFlow {
  const { t } = useTranslation();
  const { status, error } = useAnnouncer();
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [busy, setBusy] = useState(false);

  const run = useCallback(
    async (work: () => Promise<void>) => {
      setBusy(true);
      try {
        await work();
      } catch {
        // Said outside the dialog: the app behind it is inert, its live regions are not read.
        setPreview(null);
        error(t('importing.failed'));
      } finally {
        setBusy(false);
      }
    },
    [error, t],
  );

  const chooseFile = useCallback(() => {
    void run(async () => {
      const result = await api.chooseImportFile();
      if (result) setPreview(result); // null: the member closed the file dialog
    });
  }, [run]);

  const previewFile = useCallback(
    (fileName: string, contents: string) => {
      void run(async () => setPreview(await api.previewImport({ fileName, contents })));
    },
    [run],
  );

  const previewDropped = useCallback(
    (file: File) => {
      if (file.size > MAX_FILE_CHARS) {
        setPreview({ ok: false, fileName: file.name, message: t('importing.tooLarge') });
        return;
      }
      void run(async () => {
        const contents = await file.text();
        setPreview(await api.previewImport({ fileName: file.name, contents }));
      });
    },
    [run, t],
  );

  const confirm = useCallback(() => {
    if (!preview?.ok) return;
    const { token } = preview;
    void run(async () => {
      // The dialog offers Replace for a warned update only after the member ticked "I trust this file".
      const ids = await api.confirmImport({ token, trusted: needsDeliberateChoice(preview) });
      setPreview(null);
      await onImported();
      status(t('importing.done', { count: ids.length }));
    });
  }, [preview, run, onImported, status, t]);

  const close = useCallback(() => setPreview(null), []);

  return { preview, busy, chooseFile, previewFile, previewDropped, confirm, close };
}
