"""The floor for LibreOffice: a plain DOCX holding the same paragraphs as ours, made with python-docx.

Every paragraph of our file (the body's and those in table cells or frames) becomes a plain
paragraph of the default style: no sections, frames, fields or embedded fonts. LibreOffice's time
on it is what the same text costs without any of our layout.

Usage: /usr/bin/python3 plain-docx.py <our.docx> <plain.docx>
"""
import sys

from docx import Document
from docx.oxml.ns import qn


def main(source: str, target: str) -> None:
    ours = Document(source)
    plain = Document()
    for paragraph in ours.element.body.iter(qn("w:p")):
        text = "".join(node.text or "" for node in paragraph.iter(qn("w:t")))
        plain.add_paragraph(text)
    plain.save(target)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
