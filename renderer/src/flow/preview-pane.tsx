import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MenuCommand } from '../../../shared/api/contract';
import type { Campaign } from '../../../shared/campaign/schema';
import { composeLetter } from '../../../shared/letter/compose';
import type { LetterOptions, SenderProfile } from '../../../shared/letter/options';
import { LetterPreview } from '../preview/letter-preview';
import { largerPreviewZoom, smallerPreviewZoom, type PreviewZoom } from '../preview/preview-zoom';
import { ZoomControl } from '../preview/zoom-control';
import { ZOOM_COMMAND_EVENT, zoomCommandFromEvent, zoomCommandOf } from '../settings/zoom-keys';

interface PreviewPaneProps {
  campaign: Campaign;
  options: LetterOptions;
  profile: SenderProfile;
}

function zoomAfter(zoom: PreviewZoom, command: MenuCommand): PreviewZoom {
  if (command === 'text-larger') return largerPreviewZoom(zoom);
  if (command === 'text-smaller') return smallerPreviewZoom(zoom);
  return 'fit';
}

/**
 * The true page, beside the form from step 2 on, fitted to its column. Its zoom is separate from
 * the app's text size: Ctrl + / − / 0 zoom the page while the focus is in this pane (the keys, or
 * the View menu's commands), and the text size everywhere else.
 */
export function PreviewPane({ campaign, options, profile }: PreviewPaneProps) {
  const { t } = useTranslation();
  const paneRef = useRef<HTMLElement>(null);
  const [zoom, setZoom] = useState<PreviewZoom>('fit');
  const doc = useMemo(() => {
    try {
      return composeLetter({ campaign, options, profile });
    } catch {
      return null; // a campaign the composer cannot lay out: say so instead of a blank pane
    }
  }, [campaign, options, profile]);

  useEffect(() => {
    const pane = paneRef.current;
    const onCommand = (event: Event) => {
      const command = zoomCommandFromEvent(event);
      if (!command) return;
      event.preventDefault();
      setZoom((current) => zoomAfter(current, command));
    };
    pane?.addEventListener(ZOOM_COMMAND_EVENT, onCommand);
    return () => pane?.removeEventListener(ZOOM_COMMAND_EVENT, onCommand);
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    const command = zoomCommandOf(event.nativeEvent);
    if (!command) return;
    // Handled here: the app's text-size shortcut skips a key already taken.
    event.preventDefault();
    setZoom((current) => zoomAfter(current, command));
  };

  return (
    <aside className="preview-pane" aria-label={t('preview.label')} ref={paneRef} onKeyDown={onKeyDown}>
      <h2 className="preview-pane__heading">{t('preview.heading')}</h2>
      <ZoomControl zoom={zoom} onZoom={setZoom} />
      <div className="preview-pane__page">
        {doc ? <LetterPreview doc={doc} zoom={zoom} label={t('preview.documentLabel')} /> : <p role="alert">{t('preview.failed')}</p>}
      </div>
    </aside>
  );
}
