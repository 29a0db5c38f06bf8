import { execFileSync } from 'node:child_process';

/**
 * The text of a DOCX as python-docx (an independent reader) sees it: body paragraphs and the
 * paragraphs inside text boxes, in document order, one per line.
 */
export function docxText(docxPath: string): string {
  const script = `
import sys, docx
from docx.oxml.ns import qn
d = docx.Document(sys.argv[1])
out = []
for p in d.element.body.iter(qn('w:p')):
    out.append(''.join(t.text or '' for t in p.iter(qn('w:t'))))
print('\\n'.join(out))
`;
  return execFileSync('/usr/bin/python3', ['-c', script, docxPath], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}
