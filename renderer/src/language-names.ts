/**
 * A language named in itself ("Français", "Deutsch"), as members recognise their own language
 * whatever the UI language is. Intl knows the names; we only capitalise them for a list.
 */
export function languageName(code: string): string {
  try {
    const name = new Intl.DisplayNames([code], { type: 'language' }).of(code);
    if (!name || name === code) return code;
    return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
  } catch {
    return code; // a malformed code: show it as it is rather than fail the screen
  }
}
