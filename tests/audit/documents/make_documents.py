#!/usr/bin/env python3
"""Write the seed plans as the documents förbund publish, once, with headless LibreOffice Writer:
each seed text (tests/audit/seeds/*.txt) becomes HTML with real <table>s (its pipe tables and its
tab-separated lines), bullets as <ul>, the rest as paragraphs, and Writer turns that into

    tests/audit/documents/<seed>.pdf      (pdf:writer_pdf_Export)
    tests/audit/documents/<seed>.docx     (docx:MS Word 2007 XML)   Word and Writer documents, read
    tests/audit/documents/<seed>.odt      (odt:writer8)             back by writer_documents_test

The files are committed (LibreOffice is slow; the tests only read them). Run again after a seed
changes:

    python3 tests/audit/documents/make_documents.py            # all documents
    python3 tests/audit/documents/make_documents.py --pages 20 OUT.pdf
                                        # a long plan (the seeds repeated) for timing the PDF reader
    python3 tests/audit/documents/make_documents.py --writer   # only the .docx and .odt documents
    python3 tests/audit/documents/make_documents.py --writer-all DIR
                                        # .docx, .odt, .doc and .rtf into DIR (not committed); then
                                        # build/tests/audit/writer_documents_test build/libexec
                                        # tests/audit/seeds DIR 000-trollhattan-2020 ... reads all four
    python3 tests/audit/documents/make_documents.py --pages 20 OUT.docx   (or OUT.odt)
                                        # the same as a Word or Writer document

Amount cells are right-aligned in 000 and 003, as Word budget tables usually are; 002 keeps Writer's
default (left) alignment, as some plans do.
"""
import html
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
SEEDS = os.path.join(ROOT, "tests", "audit", "seeds")
OFFICE_SH = os.path.join(ROOT, "scripts", "lib", "office.sh")

DOCUMENTS = [
    # (seed text, amounts right-aligned)
    ("000-trollhattan-2020", True),
    ("002-sydostra-skane-2021", False),
    ("003-finnveden-2021", True),
]

AMOUNT = re.compile(r"^-?\s*(<i>)?-?\d{1,3}( \d{3})*(,\d+)?( kr| tkr)?(</i>)?( \(.*\))?$|^-?\d+$")


def cell_html(text, right, width, small):
    text = text.strip()
    inner = html.escape(text).replace("&lt;i&gt;", "<i>").replace("&lt;/i&gt;", "</i>")
    amount = bool(text and AMOUNT.match(text))
    attributes = ' align="right"' if right and amount else ""
    attributes += " nowrap" if amount else ""
    if small and inner:
        inner = '<font size="2">%s</font>' % inner
    return '<td valign="top" width="%d%%"%s>%s</td>' % (width, attributes, inner)


def table_html(rows, right):
    """A table as Word and Writer users make them: the label column wide, the others equal, the
    text a size smaller than the body's when there are many columns, cells aligned at the top."""
    width = max(len(r) for r in rows)
    label = 100 if width == 1 else (60 if width == 2 else 30)
    other = (100 - label) // max(1, width - 1)
    out = ['<table border="1" cellspacing="0" cellpadding="3" width="100%">']
    for r in rows:
        cells = r + [""] * (width - len(r))
        out.append("<tr>" + "".join(cell_html(c, right, label if i == 0 else other, width > 3)
                                    for i, c in enumerate(cells))
                   + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def pipe_cells(line):
    t = line.strip()
    if t.startswith("- |"):
        t = t[1:].strip()
    cells = t.split("|")[1:]
    if cells and not cells[-1].strip():
        cells = cells[:-1]
    if cells and all(re.fullmatch(r":?-{2,}:?", c.strip()) for c in cells):
        return None  # a |---| rule
    return cells


def seed_html(name, right):
    """The seed text as the HTML a Writer user would have: tables, bullets, paragraphs."""
    with open(os.path.join(SEEDS, name + ".txt"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    body, rows, items = [], [], []

    def flush():
        if rows:
            body.append(table_html(rows, right))
            rows.clear()
        if items:
            body.append("<ul>" + "".join("<li>%s</li>" % html.escape(i) for i in items) + "</ul>")
            items.clear()

    for line in lines:
        t = line.strip()
        if t.startswith("|") or t.startswith("- |"):
            if items:
                flush()
            cells = pipe_cells(t)
            if cells is not None:
                rows.append(cells)
        elif "\t" in line:
            if items:
                flush()
            rows.append(line.split("\t"))
        elif t.startswith("- "):
            if rows:
                flush()
            items.append(t[2:])
        else:
            flush()
            if t:
                body.append("<p>%s</p>" % html.escape(t))
    flush()
    return ('<!DOCTYPE html>\n<html lang="sv"><head><meta charset="utf-8"><title>%s</title></head>\n<body>\n%s\n'
            "</body></html>\n" % (name, "\n".join(body)))


def convert(html_files, filter_name, outdir):
    """Writer converts each HTML file to `filter_name` into outdir (a private profile under /tmp)."""
    profile = tempfile.mkdtemp(prefix="finsam-documents-")
    try:
        script = ('source "$1"; office_profile_init "$2" && OFFICE_INFILTER="HTML (StarWriter)" '
                  'office_convert "$2" "$3" "$4" "${@:5}"')
        subprocess.run(["bash", "-c", script, "bash", OFFICE_SH, profile, outdir, filter_name] + html_files,
                       check=True)
    finally:
        shutil.rmtree(profile, ignore_errors=True)


# --- Word and Writer documents: the same HTML saved by Writer as .docx and .odt, so that their tables
# are Word's and Writer's own tables (read back through scripts/convert-document) -------------------
WRITER_FORMATS = {".docx": "docx:MS Word 2007 XML", ".odt": "odt:writer8"}
# Older formats Writer reads as well; 70–120 kB each, so made on demand (--writer-all), not committed.
OLDER_WRITER_FORMATS = {".doc": "doc:MS Word 97", ".rtf": "rtf:Rich Text Format"}


def writer_filter(path):
    """The export filter for a long plan's file name (.pdf, .docx or .odt)."""
    ext = os.path.splitext(path)[1].lower()
    return {**WRITER_FORMATS, **OLDER_WRITER_FORMATS}.get(ext, "pdf:writer_pdf_Export")


def make_writer_documents(work, outdir, formats=WRITER_FORMATS):
    """Each seed's HTML as a Word document (.docx) and a Writer document (.odt) in outdir."""
    sources = []
    for name, right in DOCUMENTS:
        sources.append(os.path.join(work, name + ".html"))
        with open(sources[-1], "w", encoding="utf-8") as f:
            f.write(seed_html(name, right))
    os.makedirs(outdir, exist_ok=True)
    for ext, filter_name in formats.items():
        convert(sources, filter_name, outdir)
        for src in sources:
            name = os.path.splitext(os.path.basename(src))[0] + ext
            print("%s: %d bytes" % (name, os.path.getsize(os.path.join(outdir, name))))


def main(argv):
    work = tempfile.mkdtemp(prefix="finsam-documents-html-")
    try:
        if len(argv) == 4 and argv[1] == "--pages":
            # A long plan: the three seeds over and over until it has about that many pages.
            bodies = []
            for name, right in DOCUMENTS:
                h = seed_html(name, right)
                bodies.append(h[h.index("<body>") + 6:h.index("</body>")])
            pages = int(argv[2])
            doc = "\n".join((bodies * pages)[: max(1, (pages + 7) // 8)])  # a seed is 6 to 9 pages
            src = os.path.join(work, "long-plan.html")
            with open(src, "w", encoding="utf-8") as f:
                f.write('<!DOCTYPE html>\n<html lang="sv"><head><meta charset="utf-8"></head><body>%s</body></html>\n'
                        % doc)
            filter_name = writer_filter(argv[3])
            convert([src], filter_name, work)
            shutil.move(os.path.join(work, "long-plan." + filter_name.split(":")[0]), argv[3])
            return 0
        if argv[1:] == ["--writer"]:
            make_writer_documents(work, HERE)
            return 0
        if len(argv) == 3 and argv[1] == "--writer-all":
            make_writer_documents(work, argv[2], {**WRITER_FORMATS, **OLDER_WRITER_FORMATS})
            return 0
        sources = []
        for name, right in DOCUMENTS:
            src = os.path.join(work, name + ".html")
            with open(src, "w", encoding="utf-8") as f:
                f.write(seed_html(name, right))
            sources.append(src)
        convert(sources, "pdf:writer_pdf_Export", HERE)
        for name, _ in DOCUMENTS:
            print("%s.pdf: %d bytes" % (name, os.path.getsize(os.path.join(HERE, name + ".pdf"))))
        make_writer_documents(work, HERE)
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
