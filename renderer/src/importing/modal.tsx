import { useEffect, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

interface ModalProps {
  labelledBy: string;
  describedBy?: string;
  onCancel: () => void;
  /** Room for two columns side by side (the import preview's "Now" and "After the import"). */
  wide?: boolean;
  children: ReactNode;
}

/**
 * Makes everything in the page but the dialog inert (not clickable, not reachable by Tab or by a
 * screen reader's reading cursor), whoever opened it; returns how to undo exactly that.
 */
function makeRestInert(backdrop: Element | null): () => void {
  if (!backdrop) return () => {};
  const others = [...document.body.children].filter(
    (element) => element !== backdrop && !element.hasAttribute('inert'),
  );
  for (const element of others) element.setAttribute('inert', '');
  return () => {
    for (const element of others) element.removeAttribute('inert');
  };
}

/**
 * A modal dialog: focus moves in, Tab cycles inside, Escape cancels, and focus returns to where
 * the member was. Everything behind it is inert while it is open. Focus goes to the element marked
 * `data-autofocus` when there is one (a safe choice that is not the first control), else to the first.
 */
export function Modal({ labelledBy, describedBy, onCancel, wide = false, children }: ModalProps) {
  const dialog = useRef<HTMLDivElement>(null);
  const cancel = useRef(onCancel);
  useEffect(() => {
    cancel.current = onCancel;
  }, [onCancel]);

  useEffect(() => {
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const restore = makeRestInert(dialog.current?.closest('.modal-backdrop') ?? null);
    const chosen = dialog.current?.querySelector<HTMLElement>('[data-autofocus]');
    const first = dialog.current?.querySelector<HTMLElement>(FOCUSABLE);
    // A chosen safe button sits below what must be read first (a warning): the dialog opens at its top.
    if (chosen) chosen.focus({ preventScroll: true });
    else (first ?? dialog.current)?.focus();
    return () => {
      restore();
      returnTo?.focus();
    };
  }, []);

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      cancel.current();
      return;
    }
    if (event.key !== 'Tab' || !dialog.current) return;
    const items = [...dialog.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const firstItem = items[0];
    const lastItem = items[items.length - 1];
    if (!firstItem || !lastItem) {
      event.preventDefault();
      return;
    }
    if (event.shiftKey && (document.activeElement === firstItem || document.activeElement === dialog.current)) {
      event.preventDefault();
      lastItem.focus();
    } else if (!event.shiftKey && document.activeElement === lastItem) {
      event.preventDefault();
      firstItem.focus();
    }
  };

  return createPortal(
    <div className="modal-backdrop">
      <div
        ref={dialog}
        role="dialog"
        aria-modal="true"
        aria-labelledby={labelledBy}
        aria-describedby={describedBy}
        tabIndex={-1}
        className={wide ? 'modal modal--wide' : 'modal'}
        onKeyDown={onKeyDown}
      >
        {children}
      </div>
    </div>,
    document.body,
  );
}
