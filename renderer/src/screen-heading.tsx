import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The h1 of a screen. After the member moves to another step, focus lands here so that a screen
 * reader announces where they are and Tab continues from the top of the new screen.
 */
export function ScreenHeading({ children, focusOnMount }: { children: ReactNode; focusOnMount: boolean }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) ref.current?.focus();
  }, [focusOnMount]);
  return (
    <h1 ref={ref} tabIndex={-1} className="screen-heading">
      {children}
    </h1>
  );
}
