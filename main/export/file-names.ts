import type { Campaign } from '../../shared/campaign/schema';
import { isWindowsDeviceName } from '../../shared/security/device-names';
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
  if (isWindowsDeviceName(name)) name = `${name.replace(/\..*$/, '').trimEnd()} letter${name.replace(/^[^.]*/, '')}`;
  if (!name) name = 'letter';
  return `${Array.from(name).slice(0, 120).join('')}.${extension}`;
}

export function suggestedFileName(campaign: Campaign, profile: SenderProfile, extension: string): string {
  const who = [profile.firstName, profile.lastName].filter((s) => s.trim()).join(' ');
  const what = campaign.country ?? campaign.id;
  return safeFileName(who ? `Letter ${what} - ${who}` : `Letter ${what}`, extension);
}
