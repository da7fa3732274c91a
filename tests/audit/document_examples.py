#!/usr/bin/env python3
"""Invented examples of the patterns real plans print outside pipe tables (issue 11), each with and
without an error, through the command-line audit:

    document_examples.py FINSAM-AUDIT

columns aligned with spaces (and a row collapsed to single spaces), a table run into one paragraph,
a total in prose with its parts as bullets or in one sentence, a total stated before its table.
Rounding of printed figures never raises an alarm; a real difference always does. Prints a line per
example and "N passed, M failed".
"""
import json
import os
import subprocess
import sys
import tempfile

ALIGNED = """Medlemsavgifter 2024
Staten, 50 %          6 240 000 kr
Regionen, 25 %        3 120 000 kr
Kommun A, 10 %        1 248 000 kr
Kommun B, 7 %           873 600 kr
Kommun C, 5 %           624 000 kr
Kommun D, 3 %           374 400 kr
Summa intäkter       12 480 000 kr
"""

COLLAPSED = """Kommun                        Belopp
Halmstads kommun, 8 %      1 491 360 kr
Falkenbergs kommun, 3 % 559 260 kr
Laholms kommun, 2 %          372 840 kr
Summa                      2 423 460 kr
"""

RUN_IN = ("Medlemsbidragen för 2025 fördelas enligt följande. Finansiär Andel Belopp Staten 50 % 3 100 000 "
          "Regionen 25 % 1 550 000 Kommunen 25 % 1 550 000 Totalt 6 200 000\n")

BULLETS = "Styrelsen föreslår kostnader på 8,4 mkr fördelade så här:\n\n• kansli 1,9 mkr\n• insatser 6,5 m.kr\n"

SENTENCE = "Kostnaderna uppgår till ca 8,4 Mkr, fördelat på kansli 1,9 mkr och insatser 6,5 mkr.\n"

BEFORE_TABLE = """Förbundets medlemsbidrag uppgår 2025 till 7 156 tkr. Medlemsbidraget fördelas enligt nedan:

| | |
|--|--|
| Försäkringskassan | 1 789 000 kr |
| Arbetsförmedlingen | 1 789 000 kr |
| Regionen | 1 789 000 kr |
| Trollhättans Stad | 1 341 000 kr |
| Lilla Edets kommun | 323 000 kr |
| Grästorps kommun | 125 000 kr |
| Summa: | 7 156 000 kr |
"""

# (name, text, expected exit status, what the report must say, where the finding must be)
CASES = [
    ("aligned columns that add up", ALIGNED, 0, None, None),
    ("aligned columns with a wrong line", ALIGNED.replace("624 000", "620 400"), 1, "AVVIKELSE", "rad 6"),
    ("a collapsed row beside aligned ones", COLLAPSED, 0, None, None),
    ("a collapsed row with a wrong sum", COLLAPSED.replace("2 423 460", "2 432 460"), 1, "AVVIKELSE", "rad 5"),
    ("a table run into a paragraph", RUN_IN, 0, None, None),
    ("a run-in table with a wrong part", RUN_IN.replace("Kommunen 25 % 1 550 000", "Kommunen 25 % 1 505 000"), 1,
     "AVVIKELSE", "rad 1"),
    ("a run-in table that breaks with no slip to explain it: not read, never accused (issue 20)",
     "Kostnaderna i tkr fördelas så här. Kansli 1 900 Insatser 6 500 Struktur 700 Summa kostnader 12 345\n", 3,
     "EJ TOLKAD", "rad 1"),
    ("a prose total with bullets", BULLETS, 0, None, None),
    ("bullets rounded to 0,1 mkr: no alarm", BULLETS.replace("8,4 mkr", "8,5 mkr"), 0, None, None),
    ("bullets that do not add up", BULLETS.replace("6,5 m.kr", "6,1 m.kr"), 1, "delarna ger", "rad 1"),
    ("a total and its parts in one sentence", SENTENCE, 0, None, None),
    ("one sentence that does not add up", SENTENCE.replace("ca 8,4 Mkr", "9,4 Mkr"), 1, "delarna ger", "rad 1"),
    ("a total stated before its table", BEFORE_TABLE, 0, None, None),
    ("a total before its table that differs", BEFORE_TABLE.replace("7 156 tkr", "7 165 tkr"), 1, "tabellen", "rad 1"),
    ("a total in prose with nothing to check it against", "Totalt satsas 4 mkr på insatser under året.\n", 3,
     "EJ TOLKAD", None),
]


def main(argv):
    if len(argv) != 2:
        print(__doc__)
        return 2
    audit = argv[1]
    work = tempfile.mkdtemp(prefix="finsam-examples-")
    passed = failed = 0
    for i, (name, text, status, must_say, where) in enumerate(CASES):
        path = os.path.join(work, f"exempel-{i:02d}.txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        p = subprocess.run([audit, path], capture_output=True, text=True, timeout=60)
        j = subprocess.run([audit, "--json", path], capture_output=True, text=True, timeout=60)
        problems = []
        if p.returncode != status:
            problems.append(f"exit {p.returncode}, expected {status}")
        if must_say and must_say not in p.stdout:
            problems.append(f"missing {must_say!r}")
        try:
            report = json.loads(j.stdout)
            findings = report["files"][0]["findings"]
            if j.returncode != status:
                problems.append(f"--json exit {j.returncode}")
            if status == 1 and where and not any(f["where"].startswith(where) for f in findings):
                problems.append(f"no finding at {where}: {[f['where'] for f in findings]}")
            if status == 0 and findings:
                problems.append(f"false alarm: {findings[0]['message']}")
        except (ValueError, KeyError, IndexError) as e:
            problems.append(f"--json unreadable: {e}")
        if problems:
            failed += 1
            print(f"FEL  {name}: {'; '.join(problems)}\n{p.stdout}")
        else:
            passed += 1
            print(f"ok   {name}")
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
