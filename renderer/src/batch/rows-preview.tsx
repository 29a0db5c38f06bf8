import { useTranslation } from 'react-i18next';
import { memberLanguageCode } from '../../../shared/members/member-language';
import type { ReadRow } from '../../../shared/members/member-rows';
import { memberDisplayName } from '../../../shared/members/member';
import { languageName } from '../language-names';

/** Enough to check how names and towns came through; the rest is counted. */
const SHOWN = 100;

/**
 * The list's rows as the app read them, before anything is saved: name, town, letter language and
 * whether the row makes a letter. Names are shown exactly as read ("Dubœuf", "d’Aubigné"), so a
 * list saved in another encoding is caught here, not on paper.
 */
export function RowsPreview({ rows }: { rows: ReadRow[] }) {
  const { t } = useTranslation('batch');
  if (rows.length === 0) return null;
  const language = (cell: string) => {
    const code = memberLanguageCode(cell);
    return code ? languageName(code) : cell;
  };
  return (
    <section className="rows-preview" aria-labelledby="rows-preview-heading">
      <h3 id="rows-preview-heading">{t('rows.heading')}</h3>
      <p className="hint">{t('rows.hint')}</p>
      <table className="rows-preview__table">
        <thead>
          <tr>
            <th scope="col">{t('rows.row')}</th>
            <th scope="col">{t('rows.name')}</th>
            <th scope="col">{t('rows.town')}</th>
            <th scope="col">{t('rows.language')}</th>
            <th scope="col">{t('rows.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, SHOWN).map(({ row, member, problem }) => (
            <tr key={row} className={problem ? 'rows-preview__row--problem' : undefined}>
              <th scope="row">{row}</th>
              <td>{[member.title, memberDisplayName(member)].filter(Boolean).join(' ')}</td>
              <td>{[member.postcode, member.city].filter(Boolean).join(' ')}</td>
              <td>{member.language ? language(member.language) : t('rows.languageChosen')}</td>
              <td>{problem ? t('rows.no', { reason: t(`problems.${problem}`) }) : t('rows.ready')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > SHOWN && <p>{t('rows.more', { count: rows.length - SHOWN })}</p>}
    </section>
  );
}
