#!/usr/bin/env python3
"""Workbooks for the fault tests (issue 22), generated, never stored: a budget of many blocks (four
cost lines and their Delsumma each), every sum right but the last one, optionally with one stray
cell far away (column AMJ of row 1, or AMJ/Z of the last row 1 048 576).

    make_workbooks.py OUT.fods BLOCKS [--stray AMJ1|Z1048576|AMJ1048576] [--csv]
"""
import sys

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')


def column_number(letters):
    n = 0
    for c in letters:
        n = n * 26 + ord(c) - ord("A") + 1
    return n


def rows(blocks):
    """(label, value) rows after the header; the last Delsumma is 1 000 too high."""
    out = []
    for b in range(blocks):
        values = [1000 * (b % 97 + 1) + 10 * k for k in range(4)]
        for k, v in enumerate(values):
            out.append(("Kostnad %d.%d" % (b + 1, k + 1), v))
        total = sum(values) + (1000 if b == blocks - 1 else 0)
        out.append(("Delsumma område %d" % (b + 1), total))
    return out


def text(s):
    return '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % s


def number(v):
    return '<table:table-cell office:value-type="float" office:value="%d"/>' % v


def write_fods(path, blocks, stray):
    stray_col = stray_row = None
    if stray:
        letters = stray.rstrip("0123456789")
        stray_col, stray_row = column_number(letters), int(stray[len(letters):])
    body = rows(blocks)
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n<office:document %s office:version="1.2" '
                'office:mimetype="application/vnd.oasis.opendocument.spreadsheet"><office:body>'
                '<office:spreadsheet><table:table table:name="Budget">\n' % NS)

        def row(cells, number_of_row):
            if stray_row == number_of_row:
                cells = cells + ['<table:table-cell table:number-columns-repeated="%d"/>' % (stray_col - 1 - len(cells)),
                                 text("x")]
            f.write("<table:table-row>%s</table:table-row>\n" % "".join(cells))

        row([text("Kostnader (kr)"), text("Budget 2025")], 1)
        for i, (label, v) in enumerate(body):
            row([text(label), number(v)], i + 2)
        last = len(body) + 1
        if stray_row and stray_row > last:
            if stray_row > last + 1:
                f.write('<table:table-row table:number-rows-repeated="%d"><table:table-cell/></table:table-row>\n'
                        % (stray_row - last - 1))
            row([], stray_row)
        f.write("</table:table></office:spreadsheet></office:body></office:document>\n")
    return len(body) + 1  # the row of the wrong sum


def main(argv):
    out, blocks = argv[1], int(argv[2])
    stray = argv[argv.index("--stray") + 1] if "--stray" in argv else None
    if "--csv" in argv:
        with open(out, "w", encoding="utf-8") as f:
            f.write('"Kostnader (kr)","Budget 2025"\n')
            for label, v in rows(blocks):
                f.write('"%s",%d\n' % (label, v))
        print(len(rows(blocks)) + 1)
        return 0
    print(write_fods(out, blocks, stray))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
