#!/usr/bin/env python3
"""Damaged PDFs are said damaged; intact PDFs never are (issue 22).

    damaged_pdfs.py FINSAM_AUDIT [--seed N] [--copies K] [--min-detected P] [--keep DIR] [--rewrites] PDF...

Each PDF given is first audited intact: it must not be called damaged; with --rewrites, so must each
one rewritten by other writers (pdftocairo: cairo; pdfseparate, pdfunite: poppler's), where found. Then K copies of each are
damaged at a random place (seed printed): a run of 1-300 bytes overwritten with random bytes, one
byte changed, a run zeroed, or the file cut short. A damaged copy must end in exit 2 (or 3, with what
was read) saying "skadad" or "kunde inte läsas", never audited as whole (exit 0 or 1). The share
detected is printed with where each missed place fell (inside a stream, the cross-reference table,
a dictionary); the test fails below --min-detected percent, or if any intact PDF is called damaged.
"""
import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

DAMAGE_WORDS = ("skadad", "kunde inte läsas")


def audit(finsam_audit, pdf):
    run = subprocess.run([finsam_audit, pdf], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=120)
    return run.returncode, run.stdout.decode("utf-8", "replace")


def said_damaged(status, out):
    return status in (2, 3) and any(w in out for w in DAMAGE_WORDS)


def region(data, at):
    """Where offset `at` falls: in a stream's data, the xref table/trailer, or the objects' text."""
    for m in re.finditer(rb"stream\r?\n", data):
        end = data.find(b"endstream", m.end())
        if m.end() <= at < end:
            return "stream"
    xref = data.rfind(b"\nxref")
    if xref >= 0 and at > xref:
        return "xref/trailer"
    return "object text"


def damage(data, rnd):
    data = bytearray(data)
    kind = rnd.choice(["overwrite", "byte", "zeros", "cut"])
    at = rnd.randrange(0, len(data))
    if kind == "cut":
        at = rnd.randrange(len(data) // 10, len(data) - 1)
        return bytes(data[:at]), kind, at
    n = 1 if kind == "byte" else rnd.randint(1, 300)
    for k in range(at, min(len(data), at + n)):
        old = data[k]
        data[k] = 0 if kind == "zeros" else rnd.randrange(256)
        if kind == "byte" and data[k] == old:
            data[k] = old ^ 0x55
    return bytes(data), kind, at


def rewrites(pdfs, work):
    """The PDFs rewritten by other writers than LibreOffice, as far as the tools are installed."""
    out = []
    for i, pdf in enumerate(pdfs):
        made = [("pdftocairo", ["-pdf", pdf, os.path.join(work, "cairo-%d.pdf" % i)]),
                ("pdfseparate", ["-l", "1", pdf, os.path.join(work, "page-%d-%%d.pdf" % i)]),
                ("pdfunite", [pdf, pdf, os.path.join(work, "twice-%d.pdf" % i)])]
        for tool, args in made:
            if shutil.which(tool):
                subprocess.run([tool] + args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for name in sorted(os.listdir(work)):
        out.append(os.path.join(work, name))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("audit")
    ap.add_argument("pdfs", nargs="+")
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--copies", type=int, default=20)
    ap.add_argument("--min-detected", type=float, default=0.0)
    ap.add_argument("--keep", default=None)
    ap.add_argument("--rewrites", action="store_true")
    a = ap.parse_args()
    seed = a.seed if a.seed is not None else random.randrange(1 << 30)
    print("seed %d" % seed)
    rnd = random.Random(seed)
    called_damaged = 0
    rewrites_dir = tempfile.mkdtemp(prefix="finsam-intact-pdf-")
    intact = list(a.pdfs) + (rewrites(a.pdfs, rewrites_dir) if a.rewrites else [])
    for pdf in intact:
        status, out = audit(a.audit, pdf)
        if said_damaged(status, out) or status == 2:
            print("FEL: the intact %s is called damaged (exit %d):\n%s" % (pdf, status, out[-800:]))
            called_damaged += 1
    print("intact: %d PDFs (%d of them rewritten), %d called damaged" %
          (len(intact), len(intact) - len(a.pdfs), called_damaged))
    shutil.rmtree(rewrites_dir)
    failed = called_damaged > 0
    work = a.keep or tempfile.mkdtemp(prefix="finsam-damaged-pdf-")
    os.makedirs(work, exist_ok=True)
    detected = total = unchanged = 0
    missed = {}
    for i in range(a.copies):
        for pdf in a.pdfs:
            original = open(pdf, "rb").read()
            data, kind, at = damage(original, rnd)
            if data == original:
                unchanged += 1
                continue
            path = os.path.join(work, "%03d-%s" % (i, os.path.basename(pdf)))
            open(path, "wb").write(data)
            status, out = audit(a.audit, path)
            total += 1
            if said_damaged(status, out):
                detected += 1
                if not a.keep:
                    os.unlink(path)
            else:
                where = region(original, at)
                missed.setdefault(where, []).append("%s %s at %d: exit %d" % (os.path.basename(path), kind, at, status))
    share = 100.0 * detected / max(1, total)
    print("damaged: %d of %d copies said damaged (%.1f %%), seed %d" % (detected, total, share, seed))
    for where, cases in sorted(missed.items()):
        print("  missed in %s: %d" % (where, len(cases)))
        for c in cases[:8]:
            print("    " + c)
    if not a.keep:
        for f in os.listdir(work):
            os.unlink(os.path.join(work, f))
        os.rmdir(work)
    if share < a.min_detected:
        print("FEL: %.1f %% detected, at least %.1f %% expected" % (share, a.min_detected))
        failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
