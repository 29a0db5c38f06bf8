import type { Campaign } from '../../shared/campaign/schema';
import type { SenderProfile } from '../../shared/letter/options';

/**
 * A readable file name that is safe on Windows, macOS and Linux: no reserved characters, no
 * leading or trailing dots or spaces, no reserved device names, and not too long for old file systems.
 */
export function safeFileName(base: string, extension: string): string {
  let name = base
    .normalize('NFC')
    // Control characters are exactly what must go: they are not allowed in file names.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f<>:"/\\|?*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    // Leading dots would hide the file on macOS and Linux; trailing ones Windows drops.
    .replace(/^[. ]+|[. ]+$/g, '');
  // Windows treats "nul" and "nul.txt" alike: a device, whatever follows the first dot.
  if (/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i.test(name)) name = `${name.replace(/\..*$/, '')} letter${name.replace(/^[^.]*/, '')}`;
  if (!name) name = 'letter';
  return `${Array.from(name).slice(0, 120).join('')}.${extension}`;
}

export function suggestedFileName(campaign: Campaign, profile: SenderProfile, extension: string): string {
  const who = [profile.firstName, profile.lastName].filter((s) => s.trim()).join(' ');
  const what = campaign.country ?? campaign.id;
  return safeFileName(who ? `Letter ${what} - ${who}` : `Letter ${what}`, extension);
}
