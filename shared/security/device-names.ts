/**
 * Names Windows keeps for devices. "nul", "NUL.txt" and "nul .txt.csv" all open the device, not a
 * file: what counts is the part before the first dot, trailing spaces dropped.
 */
const DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;

export function isWindowsDeviceName(name: string): boolean {
  return DEVICE.test((name.split('.')[0] ?? '').trimEnd());
}
