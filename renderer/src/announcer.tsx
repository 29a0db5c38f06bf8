import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Announcer {
  /** Something finished well ("2 campaigns imported"): read when the screen reader is idle. */
  status: (message: string) => void;
  /** Something went wrong: read at once. */
  error: (message: string) => void;
  /** The member moved on: an old message would only confuse. */
  clear: () => void;
}

interface Messages {
  statusText: string;
  errorText: string;
  clear: () => void;
}

const AnnouncerContext = createContext<Announcer>({ status: () => {}, error: () => {}, clear: () => {} });
const MessagesContext = createContext<Messages>({ statusText: '', errorText: '', clear: () => {} });

export function useAnnouncer(): Announcer {
  return useContext(AnnouncerContext);
}

export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [statusText, setStatusText] = useState('');
  const [errorText, setErrorText] = useState('');
  const status = useCallback((message: string) => {
    setErrorText('');
    setStatusText(message);
  }, []);
  const error = useCallback((message: string) => {
    setStatusText('');
    setErrorText(message);
  }, []);
  const clear = useCallback(() => status(''), [status]);
  const announcer = useMemo(() => ({ status, error, clear }), [status, error, clear]);
  const messages = useMemo(() => ({ statusText, errorText, clear }), [statusText, errorText, clear]);
  return (
    <AnnouncerContext.Provider value={announcer}>
      <MessagesContext.Provider value={messages}>{children}</MessagesContext.Provider>
    </AnnouncerContext.Provider>
  );
}

/**
 * The app-wide messages: one polite and one assertive live region, always in the page (a live
 * region inserted together with its text is often not read) and visible on screen too.
 */
export function MessageBar() {
  const { t } = useTranslation();
  const { statusText, errorText, clear } = useContext(MessagesContext);
  return (
    <div className="message-bar">
      <div role="status" className={statusText ? 'message message--status' : 'message'}>
        {statusText}
      </div>
      <div role="alert" className={errorText ? 'message message--error' : 'message'}>
        {errorText}
      </div>
      {(statusText || errorText) && (
        <button type="button" className="button message-bar__close" onClick={clear}>
          {t('messages.close')}
        </button>
      )}
    </div>
  );
}
