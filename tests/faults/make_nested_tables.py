#!/usr/bin/env python3
"""Writer documents with nested tables (issue 22), generated, never stored: a budget table whose
first cell holds a table, whose first cell holds a table, ... DEPTH levels deep; with WIDTH > 1 each
table holds WIDTH tables (one per cell of its first row), so WIDTH ** DEPTH tables in all (capped by
--max-tables). Every table is a small budget (two cost lines and their sum, in its own cells); the
outermost one's sum is 1 000 too high when --wrong is given.

    make_nested_tables.py OUT.odt DEPTH [--width W] [--max-tables N] [--wrong]
"""
import sys
import zipfile

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')

MANIFEST = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest '
            'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
            '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
            '</manifest:manifest>')


def p(text):
    return "<text:p>%s</text:p>" % text


def cell(inner):
    return '<table:table-cell office:value-type="string">%s</table:table-cell>' % inner


class Budget:
    def __init__(self, depth, width, max_tables):
        self.width, self.max_tables, self.count = width, max_tables, 0
        self.depth = depth

    def table(self, level, out, wrong=False):
        self.count += 1
        n = self.count
        a, b = 1000 * (n % 50 + 1), 10 * (n % 7 + 1)
        total = a + b + (1000 if wrong else 0)
        cols = max(2, self.width)
        out.append('<table:table table:name="T%d"><table:table-column table:number-columns-repeated="%d"/>' % (n, cols + 1))
        # the first row: the nested tables (or nothing), then the headings
        out.append("<table:table-row>")
        for k in range(cols + 1):
            out.append('<table:table-cell office:value-type="string">')
            if level < self.depth and k < self.width and self.count < self.max_tables:
                self.table(level + 1, out)
            out.append(p("") + "</table:table-cell>")
        out.append("</table:table-row>")
        rows = [("Kostnader (kr) nivå %d" % level, "Budget 2025"), ("Personal", a), ("Lokaler", b), ("Summa", total)]
        for label, v in rows:
            out.append("<table:table-row>" + cell(p(label)) + cell(p(v if isinstance(v, str) else "%d" % v)) +
                       "".join(cell(p("")) for _ in range(cols - 1)) + "</table:table-row>")
        out.append("</table:table>")


def main(argv):
    out_path, depth = argv[1], int(argv[2])
    width = int(argv[argv.index("--width") + 1]) if "--width" in argv else 1
    max_tables = int(argv[argv.index("--max-tables") + 1]) if "--max-tables" in argv else 100000
    b = Budget(depth, width, max_tables)
    body = []
    b.table(1, body, wrong="--wrong" in argv)
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s office:version="1.2">'
               '<office:body><office:text>%s%s%s</office:text></office:body></office:document-content>'
               % (NS, p("Budget med tabeller i tabeller."), "".join(body), p("Slut.")))
    with zipfile.ZipFile(out_path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED)
        z.writestr("META-INF/manifest.xml", MANIFEST)
        z.writestr("content.xml", content)
    print(b.count)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
