import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Section } from './sections';

/** Focus lands on this heading when the coordinator moves to another screen of the editor. */
export const SECTION_HEADING_ID = 'editor-section-heading';

interface SectionFrameProps {
  section: Section;
  /** Focus the heading when the editor opens (the coordinator came from another screen). */
  focusOnMount: boolean;
  children: ReactNode;
}

/**
 * One screen of the editor: its name as the page's h1 (as each of the member's steps has), a line
 * saying what it is for, and its fields.
 */
export function SectionFrame({ section, focusOnMount, children }: SectionFrameProps) {
  const { t } = useTranslation('editor');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
  }, [focusOnMount]);
  return (
    <section className="editor-section" aria-labelledby={SECTION_HEADING_ID}>
      <h1 id={SECTION_HEADING_ID} ref={heading} tabIndex={-1} className="screen-heading">
        {t(`sections.${section}`)}
      </h1>
      <p className="hint">{t(`intro.${section}`)}</p>
      {children}
    </section>
  );
}
