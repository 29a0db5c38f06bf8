import { useEffect, useState, type RefObject } from 'react';
import { fitZoom } from './preview-zoom';

/** Before the first measurement (and where nothing is laid out): a page that fits a narrow column. */
const UNMEASURED = 0.6;

/** The zoom at which an A4 page fills the element's content width, followed as the window changes. */
export function useFitZoom(ref: RefObject<HTMLElement | null>): number {
  const [zoom, setZoom] = useState(UNMEASURED);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const style = getComputedStyle(element);
      // clientWidth leaves out a scroll bar, which the page must not slide under.
      const width = element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      if (width > 0) setZoom(fitZoom(width));
    };
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    measure();
    return () => observer.disconnect();
  }, [ref]);
  return zoom;
}
