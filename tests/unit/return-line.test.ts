import { describe, expect, it } from 'vitest';
import { textWidthPt } from '../../shared/letter/font/text-width';
import { LAYOUT_IDS, LAYOUT_PRESETS } from '../../shared/letter/layouts';
import { fitReturnLine, returnLineLeadingPt } from '../../shared/letter/return-line';
import { BLOCK_TYPES, RETURN_LINE_FIT, mmToPt } from '../../shared/letter/typography';

/** The line from the issue: cut off after "Chemin du Temple" in the PDF, wrapped over the recipient in the DOCX. */
const ELODIE = 'Mme Élodie Châtelain, c/o Cure catholique, Chemin du Temple 4, 1800 Vevey';
const WINDOWS = LAYOUT_IDS.filter((id) => LAYOUT_PRESETS[id].window).map((id) => [id, LAYOUT_PRESETS[id].addressField.width] as const);
const widthMm = (text: string, pt: number) => textWidthPt(text, pt) / mmToPt(1);

describe('the return line in the window', () => {
  it('keeps a short line whole at its full size', () => {
    expect(fitReturnLine('Zoë Müller, Rue du Lac 1, 1003 Lausanne', 90)).toEqual({
      text: 'Zoë Müller, Rue du Lac 1, 1003 Lausanne',
      sizePt: BLOCK_TYPES['return-line'].sizePt,
    });
  });

  it.each(WINDOWS)('always fits the %s window (%d mm), with room to spare, at 7 pt or more', (_id, width) => {
    for (const text of [ELODIE, `${ELODIE}, ${ELODIE}`, 'A, B, C, D', 'Zoë Müller, Rue du Lac 1, 1003 Lausanne']) {
      const fitted = fitReturnLine(text, width);
      expect(fitted, text).not.toBeNull();
      if (!fitted) continue;
      expect(fitted.sizePt).toBeGreaterThanOrEqual(RETURN_LINE_FIT.minPt);
      expect(widthMm(fitted.text, fitted.sizePt)).toBeLessThanOrEqual(width - 1);
    }
  });

  it('shrinks before it leaves anything out', () => {
    // Whole at 8 pt it is 112 mm; the 100 mm window (ch-left) takes it whole at 7 pt.
    expect(widthMm(ELODIE, 8)).toBeGreaterThan(100);
    expect(fitReturnLine(ELODIE, 100)).toEqual({ text: ELODIE, sizePt: 7 });
  });

  it('then leaves out the second address line, the part before the town', () => {
    expect(fitReturnLine(ELODIE, 90)).toEqual({ text: 'Mme Élodie Châtelain, c/o Cure catholique, 1800 Vevey', sizePt: 8 });
  });

  it('then the street, then the town; prints nothing when not even the name fits', () => {
    const name = 'Maximiliane Aurelia Zimmermann-Bachofen';
    const street = 'Rue du Vieux-Moulin de la Grande Fontaine 127';
    expect(fitReturnLine(`${name}, ${street}, Case postale 4412, 1006 Lausanne`, 85)?.text).toBe(`${name}, 1006 Lausanne`);
    expect(fitReturnLine(`${name}, 1006 Lausanne`, 60)?.text).toBe(name);
    expect(fitReturnLine(`${name}, 1006 Lausanne`, 20)).toBeNull();
  });

  it('keeps the sender’s country on a letter abroad, giving up the second line and the street first', () => {
    expect(fitReturnLine('Anna Muster, Seeweg 5, 3000 Bern', 90, 'Schweiz')?.text).toBe('Anna Muster, Seeweg 5, 3000 Bern, Schweiz');
    const name = 'Maximiliane Aurelia Zimmermann-Bachofen';
    const long = `${name}, Rue du Vieux-Moulin 127, Case postale 4412, 1006 Lausanne`;
    const seen = new Set<string>();
    for (let width = 60; width <= 160; width += 5) {
      const text = fitReturnLine(long, width, 'Suisse')?.text ?? '';
      seen.add(text);
      // Whole address lines only, the country last; or, past that, the name alone.
      expect([name, `${name}, 1006 Lausanne, Suisse`, `${name}, Rue du Vieux-Moulin 127, 1006 Lausanne, Suisse`, `${long}, Suisse`]).toContain(text);
    }
    expect(seen.size).toBeGreaterThanOrEqual(3);
  });

  it('sets its leading in proportion to its size', () => {
    const type = BLOCK_TYPES['return-line'];
    expect(returnLineLeadingPt(type.sizePt)).toBeCloseTo(type.leadingPt);
    expect(returnLineLeadingPt(7)).toBeCloseTo((7 * type.leadingPt) / type.sizePt);
  });
});
