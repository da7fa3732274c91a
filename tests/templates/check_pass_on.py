#!/usr/bin/python3
"""Passing a customised template on (issue 23, point 6), through the UNO API in real LibreOffice.

    /usr/bin/python3 check_pass_on.py give PROFILE_DIR OUTDIR
        in a profile with the extension: a förbund makes a workbook from the installed template,
        fills in its name, settings, municipalities, keys and amounts, and saves it as its own
        template (.ots, as File › Templates › Save as Template does) twice: OUTDIR/med-kommuner.ots
        with the member list kept, OUTDIR/utan-kommuner.ots with it cleared (the names and keys
        deleted as Anvisningar says: select them, press Delete)
    /usr/bin/python3 check_pass_on.py receive PROFILE_DIR OUTDIR with|without
        in another förbund's profile, with or without the extension: a new workbook from each of
        those .ots (as File › New › Templates does after Template Manager › Import) must show the
        giver's name and settings, the municipalities only where kept, and, with the extension, the
        split computed; without it, the status red naming check 1.
Prints OK/FEL per assertion and "N passed, M failed"; exit status 1 on any failure.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(HERE)), "templates"))
sys.path.insert(0, HERE)
from check_real_use import LAYOUT, Result, amounts, basics, member_settings, members_in_order, split  # noqa: E402
from uno_session import Book, Office, pv, url  # noqa: E402

NAME = "Samordningsförbundet Givarbygd"
MEMBERS = [("Norrby kommun", 52000), ("Söderås kommun", 14000), ("Västerfors kommun", 31000)]


def give(office, res, outdir):
    book = office.new_from_template("verksamhetsplan-och-budget")
    basics(book, name=NAME)
    member_settings(book)
    members_in_order(book, MEMBERS)
    amounts(book)
    book.recalc()
    m = LAYOUT["Medlemsbidrag"]
    res.ok(book.text("Medlemsbidrag", "D%d" % m["m0"]) != "", "the giver's workbook splits the amount")
    book.save(os.path.join(outdir, "med-kommuner.ots"), "calc8_template")
    for j in range(len(MEMBERS)):        # the member list cleared: names and keys deleted
        for c in "ABCDEF":
            book.put("Medlemsbidrag", "%s%d" % (c, m["k0"] + j), None)
    book.save(os.path.join(outdir, "utan-kommuner.ots"), "calc8_template")
    book.close()


def receive(office, res, outdir, side):
    m = LAYOUT["Medlemsbidrag"]
    for stem, kept in (("med-kommuner", True), ("utan-kommuner", False)):
        doc = office.desktop.loadComponentFromURL(url(os.path.join(outdir, stem + ".ots")), "_blank", 0,
                                                  (pv("AsTemplate", True), pv("Hidden", True)))
        book = Book(office, doc)
        what = "%s (%s the extension)" % (stem, side)
        res.eq(book.text("Anvisningar", "C%d" % LAYOUT["Anvisningar"]["name"]), NAME, "%s: the giver's name" % what)
        res.eq(book.value("Medlemsbidrag", "B%d" % m["step"]), 100, "%s: the giver's rounding" % what)
        names = [book.text("Medlemsbidrag", "A%d" % (m["k0"] + j)) for j in range(len(MEMBERS))]
        res.eq(names, [n for n, _ in MEMBERS] if kept else ["", "", ""], "%s: the member list %s" % (
            what, "kept" if kept else "cleared"))
        status = book.text("Kontroller", "C2")
        if side == "without":
            res.eq(status, "FEL – nr 1 Tillägget finsam-calc är installerat",
                   "%s: the status says the extension is missing" % what)
        elif kept:
            total = 12345600
            want = split(total, [k for _, k in MEMBERS], 100, 2)
            got = [book.value("Medlemsbidrag", "D%d" % m[r]) for r in ("s1", "s2", "reg", "m0", "m1", "m2")]
            res.eq(got, want, "%s: the split is computed" % what)
            res.ok(not status.startswith("FEL"), "%s: no check red" % what, status)
        else:
            res.ok(status.startswith("VÄNTAR"), "%s: the status waits for the municipalities" % what, status)
        book.close()


def main(argv):
    if len(argv) < 4 or argv[1] not in ("give", "receive"):
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    res = Result("pass-on/" + argv[1])
    with Office(argv[2]) as office:
        print("    %s" % office.version())
        if argv[1] == "give":
            give(office, res, argv[3])
        else:
            receive(office, res, argv[3], argv[4])
    print("%d passed, %d failed" % (res.passed, len(res.failures)))
    return 1 if res.failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
