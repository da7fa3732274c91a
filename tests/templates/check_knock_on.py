#!/usr/bin/env python3
"""Knock-on errors on Kontroller (issue 23): one typo, and every red check but the first says which
earlier red check it follows from.

    check_knock_on.py make OUTDIR --seed N --count K    write K variants of the examples, each with one
                                                        generated typo in a random input cell
    check_knock_on.py check OUTDIR CSVDIR               check them after recalculation (scripts/recalc's CSV)
    check_knock_on.py pairs OUTDIR SEED K               K pairs of typos: each alone and both (a measurement)
    check_knock_on.py measure-pairs OUTDIR CSVDIR       how many knock-ons named with two typos are right
    check_knock_on.py table                             without LibreOffice: knock_on.py finds, for every
                                                        check but the add-in's, the inputs it tests

A variant is an example workbook (templates/examples, seeds 000, 002, 003) with one amount the
example types changed as people mistype: a digit wrong, two digits swapped, a zero too many or too
few, the sign turned.  The cell is drawn at random among every amount the example fills in (member
contribution, keys, income and cost lines, draw, equity, stated sums), the typo among those that
change it.  Passes when, for every variant,
  - the first red check (the lowest number) does not say it follows from another,
  - every later red check begins "Följer troligen av kontroll N." with N a red check before it, the
    one knock_on.py's table gives first among the red ones,
  - and no check that is not red says so.
Prints the seed, how many variants turned how many checks red, and how many knock-ons were named.
"""
import copy
import csv
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(HERE)), "templates"))
import make_templates as mt  # noqa: E402

FIRST_CHECK_ROW = 5
FOLLOWS = re.compile(r"^Följer troligen av kontroll (\d+)\. ")


def amounts(d):
    """Every amount an example types: (path, value), path a list of keys into d."""
    out = []
    for key in ("amount", "draw", "open_in", "res_in"):
        for col, v in (d.get(key) or {}).items():
            out.append(([key, col], v))
    for j, (_, vals) in enumerate(d.get("kommuner") or []):
        for col, v in vals.items():
            out.append((["kommuner", j, 1, col], v))
    for group in ("other", "ins", "str", "kan"):
        for j, (_, vals, _) in enumerate(d.get(group) or []):
            for col, v in vals.items():
                out.append(([group, j, 1, col], v))
    for key, vals in (d.get("stated") or {}).items():
        for col, v in vals.items():
            out.append((["stated", key, col], v))
    return [(p, v) for p, v in out if isinstance(v, (int, float)) and v != 0]


def typos(v, rnd):
    """The ways v can be mistyped (each different from v), in a random order."""
    v = int(v)
    s = str(abs(v))
    sign = -1 if v < 0 else 1
    out = {v * 10, -v}
    if s.endswith("0"):
        out.add(v // 10 if v > 0 else -(abs(v) // 10))
    for i in range(len(s) - 1):
        if s[i] != s[i + 1]:
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
            if not t.startswith("0"):
                out.add(sign * int(t))
    i = rnd.randrange(len(s))
    for dgt in "0123456789":
        t = s[:i] + dgt + s[i + 1:]
        if dgt != s[i] and not (i == 0 and dgt == "0"):
            out.add(sign * int(t))
            break
    out.discard(v)
    out = sorted(out)
    rnd.shuffle(out)
    return out


def put(d, path, value):
    x = d
    for k in path[:-1]:
        if isinstance(x, tuple):
            raise TypeError
        x = x[k]
    x[path[-1]] = value


def with_typo(d, path, value):
    d = copy.deepcopy(d)
    # the lines are tuples: make the one on the path a list so that it can be changed
    if path[0] in ("kommuner", "other", "ins", "str", "kan"):
        d[path[0]] = [list(x) for x in d[path[0]]]
    put(d, path, value)
    return d


def make(outdir, seed, count):
    rnd = random.Random(seed)
    os.makedirs(outdir, exist_ok=True)
    manifest = []
    stems = sorted(mt.EXAMPLES_DATA)
    for i in range(count):
        stem = stems[i % len(stems)]
        d = mt.EXAMPLES_DATA[stem]
        path, v = rnd.choice(amounts(d))
        value = typos(v, rnd)[0]
        name = "typo-%03d-%s" % (i, stem.split("-")[1])
        with open(os.path.join(outdir, name + ".fods"), "w", encoding="utf-8", newline="\n") as f:
            f.write(mt.multi_year(with_typo(d, path, value)).render())
        manifest.append({"stem": name, "example": stem, "path": path, "was": v, "typed": value})
    with open(os.path.join(outdir, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump({"seed": seed, "variants": manifest}, f, ensure_ascii=False, indent=1)
    print("seed %d: %d variants with one typo each in %s" % (seed, count, outdir))
    return 0


def make_pairs(outdir, seed, count):
    """count pairs of typos in one example: each alone (…-a, …-b) and both together (…-ab), to measure
    how often a knock-on is named wrongly when two typos are independent (measure_pairs)."""
    rnd = random.Random(seed)
    os.makedirs(outdir, exist_ok=True)
    manifest = []
    stems = sorted(mt.EXAMPLES_DATA)
    for i in range(count):
        stem = stems[i % len(stems)]
        d = mt.EXAMPLES_DATA[stem]
        (p1, v1), (p2, v2) = rnd.sample(amounts(d), 2)
        t1, t2 = typos(v1, rnd)[0], typos(v2, rnd)[0]
        name = "pair-%03d-%s" % (i, stem.split("-")[1])
        for tag, dd in (("a", with_typo(d, p1, t1)), ("b", with_typo(d, p2, t2)),
                        ("ab", with_typo(with_typo(d, p1, t1), p2, t2))):
            with open(os.path.join(outdir, "%s-%s.fods" % (name, tag)), "w", encoding="utf-8", newline="\n") as f:
                f.write(mt.multi_year(dd).render())
        manifest.append({"stem": name, "example": stem, "typos": [[p1, v1, t1], [p2, v2, t2]]})
    with open(os.path.join(outdir, "pairs.json"), "w", encoding="utf-8") as f:
        json.dump({"seed": seed, "pairs": manifest}, f, ensure_ascii=False, indent=1)
    print("seed %d: %d pairs of typos in %s" % (seed, count, outdir))
    return 0


def measure_pairs(outdir, csvdir):
    """A knock-on named in the workbook with both typos ("B follows from A") is right when one typo
    alone turns both A and B red, wrong when A and B are red only each with the other typo."""
    with open(os.path.join(outdir, "pairs.json"), encoding="utf-8") as f:
        m = json.load(f)
    right = wrong = 0
    for p in m["pairs"]:
        red = {}
        for tag in ("a", "b", "ab"):
            checks = read_checks(os.path.join(csvdir, "%s-%s-Kontroller.csv" % (p["stem"], tag)))
            red[tag] = {no for no, status, _ in checks if status == "FEL"}
            if tag == "ab":
                claims = [(no, int(FOLLOWS.match(e).group(1))) for no, _, e in checks if FOLLOWS.match(e)]
        for b, a in claims:
            if any(a in red[t] and b in red[t] for t in ("a", "b")):
                right += 1
            else:
                wrong += 1
                print("  %s: kontroll %d sägs följa av %d; röda med det ena skrivfelet %s, med det andra %s"
                      % (p["stem"], b, a, sorted(red["a"]), sorted(red["b"])))
    print("seed %d: %d pairs of typos; knock-ons named with both typos: %d right, %d wrong"
          % (m["seed"], len(m["pairs"]), right, wrong))
    return 0


def table(example):
    """knock_on.py's table for an example: {check: [earlier checks it can follow from]}."""
    from sheets.knock_on import knock_on_table
    from sheets.controls import budget_checks, equity_checks, goal_checks, member_checks, setup_checks
    wb = mt.multi_year(mt.EXAMPLES_DATA[example])
    checks = setup_checks() + member_checks() + budget_checks() + equity_checks() + goal_checks()
    return knock_on_table(checks, [s for s in wb.sheets if s.name != "Kontroller"])[0]


def read_checks(path):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    out = []
    for r in rows[FIRST_CHECK_ROW - 1:]:
        if len(r) > 8 and r[0].strip().isdigit():
            out.append((int(r[0]), r[2].strip(), r[8]))
    return out


def check(outdir, csvdir):
    with open(os.path.join(outdir, "manifest.json"), encoding="utf-8") as f:
        m = json.load(f)
    tables = {}
    problems, n_red, n_knock, n_multi, n_none = [], 0, 0, 0, 0
    for v in m["variants"]:
        what = "%s (%s %s: %s skrivet som %s)" % (v["stem"], v["example"], "/".join(map(str, v["path"])),
                                                  v["was"], v["typed"])
        checks = read_checks(os.path.join(csvdir, v["stem"] + "-Kontroller.csv"))
        if not checks:
            problems.append("%s: inget blad Kontroller" % what)
            continue
        follows = tables.setdefault(v["example"], table(v["example"]))
        red = [no for no, status, _ in checks if status == "FEL"]
        n_red += len(red)
        n_none += not red
        n_multi += len(red) > 1
        for no, status, expl in checks:
            said = FOLLOWS.match(expl)
            if status != "FEL" or no == (red[0] if red else None):
                if said:
                    problems.append("%s: kontroll %d (%s) säger att den följer av en annan: %s" % (what, no, status, expl))
                continue
            want = next((a for a in follows[no] if a in red), None)
            if want is None:
                problems.append("%s: kontroll %d är röd men tabellen ger ingen tidigare röd kontroll (röda: %s): %s"
                                % (what, no, red, expl))
            elif not said or int(said.group(1)) != want:
                problems.append("%s: kontroll %d borde börja \"Följer troligen av kontroll %d.\": %s"
                                % (what, no, want, expl))
            else:
                n_knock += 1
    print("seed %d: %d variants, %d with no red check (the typo agrees with every relation), %d with more than one "
          "red check; %d red checks, %d of them named as knock-ons"
          % (m["seed"], len(m["variants"]), n_none, n_multi, n_red, n_knock))
    for p in problems:
        print("PROBLEM " + p)
    ok = not problems and n_knock > 0
    print("%d passed, %d failed" % (len(m["variants"]) - len({p.split(" ")[0] for p in problems}),
                                   len({p.split(" ")[0] for p in problems})))
    return 0 if ok else 1


def table_has_inputs():
    """The table is derived, not listed: a check whose tested inputs came out empty would never be
    named as a knock-on nor name another, silently (a formula form the analysis does not read)."""
    from sheets.knock_on import knock_on_table
    from sheets.controls import budget_checks, equity_checks, goal_checks, member_checks, setup_checks
    wb = mt.multi_year()
    checks = setup_checks() + member_checks() + budget_checks() + equity_checks() + goal_checks()
    follows, tested = knock_on_table(checks, [s for s in wb.sheets if s.name != "Kontroller"])
    empty = [no for no, t in enumerate(tested, start=1) if not t and no != 1]
    for no in range(1, len(checks) + 1):
        print("%2d %-55s %3d inputs, can follow from %s" % (no, checks[no - 1].title, len(tested[no - 1]),
                                                        follows[no] or "-"))
    for no in empty:
        print("PROBLEM kontroll %d: no input found in its formulas" % no)
    print("%d passed, %d failed" % (len(checks) - len(empty), len(empty)))
    return 1 if empty else 0


def main(argv):
    if len(argv) == 2 and argv[1] == "table":
        return table_has_inputs()
    if len(argv) >= 3 and argv[1] == "make":
        seed, count = 1, 30
        args = argv[3:]
        for i in range(0, len(args) - 1, 2):
            if args[i] == "--seed":
                seed = int(args[i + 1])
            elif args[i] == "--count":
                count = int(args[i + 1])
        return make(argv[2], seed, count)
    if len(argv) >= 3 and argv[1] == "pairs":
        return make_pairs(argv[2], int(argv[3]) if len(argv) > 3 else 1, int(argv[4]) if len(argv) > 4 else 12)
    if len(argv) == 4 and argv[1] == "measure-pairs":
        return measure_pairs(argv[2], argv[3])
    if len(argv) == 4 and argv[1] == "check":
        return check(argv[2], argv[3])
    print(__doc__.strip().splitlines()[4].strip(), file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
