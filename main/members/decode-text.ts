/**
 * Member lists arrive as UTF-8 (with or without BOM) or as Windows-1252 from older Excel.
 * A file that is not valid UTF-8 is read as Windows-1252, so "Zürich" never becomes "ZÃ¼rich".
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
