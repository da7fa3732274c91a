#!/usr/bin/env python3
"""Where soffice spends its time on one workbook, from `perf script -F ip,sym,dso` (with call chains).

    perf record --call-graph dwarf -F 500 -o x.perf -- soffice ... --convert-to csv book.fods
    perf script -i x.perf -F ip,sym,dso | perf_breakdown.py --name book --calls N --freq 500

Each sample is put in one bucket by its call chain: loading (ODF import), formula interpretation,
export, closing the document, or start-up and the rest. Samples inside interpretation are split again:
the add-in's own code (finsam-calc: argument conversion to_grid, the core, to_any), the UNO call
machinery around it (core reflection, the C++ bridge, libuno_cppu/sal) and the rest of Calc.
Milliseconds are samples / frequency; "us/call" is that over --calls (formula cells, for a native
sheet). "other" is start-up, shut-down and samples whose call chain perf could not unwind: mostly
malloc/free and page faults, and for the add-in sheets mostly allocation during the calls (it grows
faster than the number of calls: 0.2 s at 140 000 INDEX calls, 3.6-7.5 s at 700 000).
"""
import argparse
import collections
import re
import sys


def read_samples(stream):
    cur = []
    for line in stream:
        line = line.strip()
        if not line:
            if cur:
                yield cur
                cur = []
            continue
        parts = line.split(None, 1)
        rest = parts[1] if len(parts) > 1 else ""
        m = re.match(r"(.*) \((.*)\)$", rest)
        sym, dso = (m.group(1), m.group(2)) if m else (rest, "")
        cur.append((sym.split("+0x")[0], dso.rsplit("/", 1)[-1]))
    if cur:
        yield cur


def has(chain, text):
    return any(text in sym for sym, _ in chain)


def in_dso(chain, names):
    return any(dso in names for _, dso in chain)


# In a chain below ScFormulaCell::Interpret these only run for an add-in call.
UNO_MACHINERY = {"libreflectionlo.so", "libgcc3_uno.so", "libuno_cppu.so.3", "libuno_cppuhelpergcc3.so.3"}


def bucket(chain):
    if has(chain, "ScFormulaCell::Interpret"):
        if in_dso(chain, {"finsam-calc.uno.so"}):
            if has(chain, "finsam::uno::to_grid"):
                return "interpret: add-in, to_grid (UNO Any -> cells)"
            if has(chain, "finsam::uno::to_any"):
                return "interpret: add-in, to_any (cells -> UNO Any)"
            if has(chain, "finsam::calc::") or has(chain, "finsam::split") or has(chain, "finsam::read"):
                return "interpret: add-in, core"
            return "interpret: add-in, other (Grid/UNO clean-up)"
        if in_dso(chain, UNO_MACHINERY):
            return "interpret: UNO call machinery (reflection, bridge, Any/Sequence)"
        return "interpret: rest of Calc (add-in call set-up, result matrix, native functions)"
    if (has(chain, "SvXMLImport::") or has(chain, "ImportFrom") or has(chain, "xmlParseChunk")
            or has(chain, "sax_fastparser::")):  # the XML is parsed on a thread of its own
        return "load (ODF import, formula compilation)"
    if has(chain, "ConvertTo") or has(chain, "AsciiSave"):
        return "export (CSV)"
    if has(chain, "ScDocument::~ScDocument") or has(chain, "SfxBaseModel::close"):
        return "close (freeing the document)"
    if has(chain, "GraphicsRenderTests::"):
        return "start-up: VCL GraphicsRenderTests"
    return "other: start-up, shut-down, malloc/free/page faults perf could not unwind"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--name", default="workbook")
    ap.add_argument("--calls", type=int, required=True, help="add-in calls (or native formula cells)")
    ap.add_argument("--freq", type=float, required=True, help="perf -F frequency")
    a = ap.parse_args()
    counts = collections.Counter(bucket(chain) for chain in read_samples(sys.stdin))
    total = sum(counts.values())
    if not total:
        print("perf_breakdown: no samples", file=sys.stderr)
        return 1
    print()
    print("%s: %d samples at %g Hz (%.2f s of CPU), %d calls or formula cells"
          % (a.name, total, a.freq, total / a.freq, a.calls))
    interp = sum(v for k, v in counts.items() if k.startswith("interpret"))
    for k in sorted(counts, key=lambda k: (not k.startswith("interpret"), k)):
        v = counts[k]
        print("  %-76s %6.0f ms %5.1f%% %7.2f us/call" % (k, v / a.freq * 1e3, 100.0 * v / total,
                                                          v / a.freq / a.calls * 1e6))
    print("  %-76s %6.0f ms %5.1f%% %7.2f us/call" % ("interpretation in all", interp / a.freq * 1e3,
                                                      100.0 * interp / total, interp / a.freq / a.calls * 1e6))
    return 0


if __name__ == "__main__":
    sys.exit(main())
