import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
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
  /** Counts the messages said: the same words said again are a new message, to be shown again. */
  serial: number;
  clear: () => void;
}

const AnnouncerContext = createContext<Announcer>({ status: () => {}, error: () => {}, clear: () => {} });
const MessagesContext = createContext<Messages>({ statusText: '', errorText: '', serial: 0, clear: () => {} });

export function useAnnouncer(): Announcer {
  return useContext(AnnouncerContext);
}

export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [statusText, setStatusText] = useState('');
  const [errorText, setErrorText] = useState('');
  const [serial, setSerial] = useState(0);
  const status = useCallback((message: string) => {
    setErrorText('');
    setStatusText(message);
    setSerial((n) => n + 1);
  }, []);
  const error = useCallback((message: string) => {
    setStatusText('');
    setErrorText(message);
    setSerial((n) => n + 1);
  }, []);
  const clear = useCallback(() => status(''), [status]);
  const announcer = useMemo(() => ({ status, error, clear }), [status, error, clear]);
  const messages = useMemo(() => ({ statusText, errorText, serial, clear }), [statusText, errorText, serial, clear]);
  return (
    <AnnouncerContext.Provider value={announcer}>
      <MessagesContext.Provider value={messages}>{children}</MessagesContext.Provider>
    </AnnouncerContext.Provider>
  );
}

/**
 * Brings a message into the window when it appears: a member who pressed a button far down the
 * page (or typed in a long form) would otherwise see nothing happen. "nearest" moves the page no
 * more than needed, so what they were doing stays in view where it can.
 */
export function useBringIntoView(ref: RefObject<HTMLElement | null>, shown: boolean, serial?: number): void {
  useEffect(() => {
    if (shown) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [ref, shown, serial]);
}

/**
 * The app-wide messages: one polite and one assertive live region, always in the page (a live
 * region inserted together with its text is often not read) and visible on screen too, scrolled
 * into the window when a message appears. `newOnly`: only messages said after it appeared (a
 * dialog's own bar: what was said before belongs to the screen behind).
 */
export function MessageBar({ newOnly = false }: { newOnly?: boolean }) {
  const { t } = useTranslation();
  const { statusText: status, errorText: error, serial, clear } = useContext(MessagesContext);
  const [firstSerial] = useState(serial);
  const ref = useRef<HTMLDivElement>(null);
  const current = !newOnly || serial > firstSerial;
  const statusText = current ? status : '';
  const errorText = current ? error : '';
  useBringIntoView(ref, Boolean(statusText || errorText), serial);
  return (
    <div className="message-bar" ref={ref}>
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
