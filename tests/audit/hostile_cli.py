#!/usr/bin/env python3
"""The command-line audit over hostile input: it never aborts, never reads forever, and its exit status
says what happened (0 all holds, 1 findings, 2 a file could not be read, 3 nothing checkable or
something left unread).

    hostile_cli.py FINSAM-AUDIT SEED.txt... [--mutants N]

Each case was a crash, a hang or a silent all-clear before (issue 10), or is a neighbour of one.
Prints one line per case and "N passed, M failed"; exit status 0 only if every case holds.
"""
import os
import random
import subprocess
import sys
import tempfile

TIMEOUT = 30


def run(audit, *args):
    try:
        p = subprocess.run([audit, *args], capture_output=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return None, "", ""
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def summary(out):
    lines = [l for l in out.splitlines() if l.startswith("Sammanfattning")]
    return lines[-1] if lines else ""


def main(argv):
    if len(argv) < 3:
        print(__doc__)
        return 2
    audit = argv[1]
    seeds = [a for a in argv[2:] if not a.startswith("--")]
    n_mutants = 2000
    if "--mutants" in argv:
        n_mutants = int(argv[argv.index("--mutants") + 1])
        seeds = [s for s in seeds if s != str(n_mutants)]
    texts = [open(s, encoding="utf-8").read() for s in seeds]
    work = tempfile.mkdtemp(prefix="finsam-hostile-")
    passed = failed = 0

    def write(name, data, mode="w", **kw):
        path = os.path.join(work, name)
        with open(path, mode, **kw) as f:
            f.write(data)
        return path

    def case(name, args, codes, must_say=None):
        nonlocal passed, failed
        rc, out, err = run(audit, *args)
        ok = rc in codes and (must_say is None or must_say in out + err)
        if ok:
            passed += 1
        else:
            failed += 1
        shown = "TIMEOUT" if rc is None else rc
        print(f"{'ok  ' if ok else 'FEL '} {name}: exit {shown} (expected {sorted(codes)})"
              + ("" if ok or must_say is None else f", missing {must_say!r}")
              + ("" if ok else "\n" + (out + err)[-600:]))

    members = "| Staten | 500 |\n| Regionen | 250 |\n| Kommun A | 250 |\n| Summa medlemsbidrag | 1000 |\n"
    case("an amount of 401 digits", [write("digits401.txt", "| Staten | " + "1" * 401 + " |\n| Summa | 1 |\n")],
         {3}, "orimligt stort")
    case("a share of 1e23 %", [write("share.txt", members.replace("Kommun A", "Kommun A, 1e23 %"))], {0, 1, 3})
    case("a share of 1 followed by 400 zeros %",
         [write("share400.txt", members.replace("Kommun A", "Kommun A, 1" + "0" * 400 + " %"))], {0, 1, 3})
    case("10 000 rows of 9 999 999 999 999",
         [write("overflow.txt", "| Rad | 9 999 999 999 999 |\n" * 10000 + "| Summa | 1 |\n")], {3},
         "för stora för att summeras")
    case("a line of 40 kB of digits", [write("line.txt", "| Staten | " + "1" * 40000 + " |\n")], {3})
    case("a table rule of 40 kB of dashes", [write("rule.txt", "| a | b |\n|" + "-" * 40000 + "|" + "-" * 40000
                                                   + "|\n| Staten | 500 |\n| Summa | 500 |\n")], {0, 1, 3})
    case("40 kB of markup", [write("markup.txt", "<b>" * 14000 + "\n" + "<" * 40000 + "\n" + "*" * 40000 + "\n")],
         {3})
    case("a member label of 50 000 digits",
         [write("label.txt", members.replace("Kommun A", "Halmstads kommun " + "1" * 50000))], {0, 1, 3})
    case("a year over the column is a header, not a line",
         [write("year.txt", "| Post | 2021 |\n|--|--|\n" + members)], {0})
    empty_folder = os.path.join(work, "tom-mapp")
    os.mkdir(empty_folder)
    case("a folder with nothing to audit", [empty_folder], {2}, "mappen har inga")
    case("/dev/zero", ["/dev/zero"], {2})
    noise = random.Random(1)
    case("binary bytes", [write("binary.txt", bytes(noise.randrange(256) for _ in range(5000)), "wb")], {2}, "binär")
    case("an empty text", [write("empty.txt", "")], {3})
    case("a file that does not exist", [os.path.join(work, "saknas.txt")], {2})
    case("an unknown option", ["--nej"], {2})
    if texts:
        rc, out, _ = run(audit, seeds[0])
        reference = summary(out)
        utf16 = write("utf16.txt", texts[0].encode("utf-16"), "wb")
        case("the first seed in UTF-16 gives what UTF-8 gives", [utf16], {rc}, reference)
        cp1252 = write("cp1252.txt", texts[0].encode("cp1252", "replace"), "wb")
        case("the first seed in Windows-1252 gives what UTF-8 gives", [cp1252], {rc}, reference)
        dash = write("-x.txt", texts[0])
        case("a file named -x.txt after --", ["--", dash if dash.startswith("/") else "./" + dash], {rc})

    # Random mutants of the seed texts: digits, bytes, long runs, truncation. None may abort.
    rng = random.Random(20261128)
    aborted = 0
    for i in range(n_mutants if texts else 0):
        t = list(rng.choice(texts))
        for _ in range(rng.randint(1, 4)):
            p = rng.randrange(len(t))
            kind = rng.random()
            if kind < 0.3:
                t[p] = rng.choice("0123456789")
            elif kind < 0.45:
                t[p:p] = list(rng.choice(["1", "-", "|", "<", "*", " ", "%", ",", "9"]) * rng.randint(100, 30000))
            elif kind < 0.6:
                t[p] = chr(rng.randrange(1, 0x2FF))
            elif kind < 0.75:
                del t[p:p + rng.randint(1, 200)]
            elif kind < 0.9:
                t[p:p] = list(rng.choice(["Summa", "Resultat", "Kommun, 8 %", "Prel balanserat resultat",
                                          "| 2021 |", "\t", "\n", "−", "1e23"]))
            else:
                t = t[:p]
        path = write(f"mutant-{i}.txt", "".join(t))
        rc, out, err = run(audit, path)
        if rc is None or rc not in (0, 1, 3):
            aborted += 1
            if aborted <= 5:
                print(f"FEL  mutant {i} ({path}): exit {'TIMEOUT' if rc is None else rc}\n{(out + err)[-400:]}")
        else:
            os.remove(path)
    if n_mutants and texts:
        if aborted:
            failed += 1
        else:
            passed += 1
        print(f"{'ok  ' if not aborted else 'FEL '} {n_mutants} random mutants of the seed texts: {aborted} aborted")
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
