import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { DraftProblem } from '../../../shared/campaign/draft-problems';
import { applyEdit } from './apply-edit';
import { ChoiceDialog } from './choice-dialog';
import { FieldDialog } from './field-dialog';
import { FieldFrame } from './field-frame';
import { boldEdit, insertEdit, listEdit, type TextEdit } from './text-edits';

interface BodyEditorProps {
  value: string;
  field: string;
  language: string;
  problems: readonly DraftProblem[];
  onChange: (value: string) => void;
}

/**
 * The letter's text: plain text with Markdown and `{{…}}` placeholders, and buttons for each, so
 * nobody needs to know the syntax. Every button edits as typing does: Ctrl+Z takes it back.
 */
export function BodyEditor({ value, field, language, problems, onChange }: BodyEditorProps) {
  const { t } = useTranslation('editor');
  const area = useRef<HTMLTextAreaElement>(null);
  const [dialog, setDialog] = useState<'choice' | 'field' | null>(null);
  // Where the caret was when a dialog opened: the dialog takes focus, the insertion goes back there.
  const [selection, setSelection] = useState<[number, number]>([0, 0]);

  const edit = (make: (text: string, start: number, end: number) => TextEdit) => {
    const node = area.current;
    if (node) applyEdit(node, make(node.value, node.selectionStart, node.selectionEnd));
  };
  const open = (kind: 'choice' | 'field') => {
    const node = area.current;
    setSelection(node ? [node.selectionStart, node.selectionEnd] : [value.length, value.length]);
    setDialog(kind);
  };
  const insert = (snippet: string) => {
    // Closed first, so that the dialog has handed focus back before the text area takes it.
    flushSync(() => setDialog(null));
    const node = area.current;
    if (node) applyEdit(node, insertEdit(selection[0], selection[1], snippet));
  };

  return (
    <FieldFrame label={t('text.body')} hint={t('text.bodyHint')} field={field} problems={problems}>
      {(control) => (
        <>
          <div className="body-toolbar" role="group" aria-label={t('body.toolbar')}>
            <button type="button" className="button" onClick={() => edit((text, s, e) => boldEdit(text, s, e, t('body.boldPlaceholder')))}>
              <strong>{t('body.bold')}</strong>
            </button>
            <button type="button" className="button" onClick={() => edit(listEdit)}>
              {t('body.list')}
            </button>
            <button type="button" className="button" onClick={() => open('choice')}>
              {t('body.choice')}
            </button>
            <button type="button" className="button" onClick={() => open('field')}>
              {t('body.field')}
            </button>
          </div>
          <textarea
            {...control}
            ref={area}
            lang={language}
            className="input textarea body-input"
            rows={12}
            value={value}
            onChange={(event) => onChange(event.target.value)}
          />
          <p className="hint">{t('body.undoHint')}</p>
          {dialog === 'choice' && (
            <ChoiceDialog first={value.slice(selection[0], selection[1])} onInsert={insert} onCancel={() => setDialog(null)} />
          )}
          {dialog === 'field' && <FieldDialog onInsert={insert} onCancel={() => setDialog(null)} />}
        </>
      )}
    </FieldFrame>
  );
}
