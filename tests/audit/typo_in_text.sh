#!/usr/bin/env bash
# typo_in_text.sh FINSAM_AUDIT SEED000.txt
# Seed 000's three-year table with one cost line mistyped (Friska vindar 2.0, 2021: 2 990 000 for
# 2 900 000) and its printed sum left as it was: the audit must name that line (likely: its sum and
# the result break, and any line of its group would mend both, but this one undoes a slip and agrees
# with the next year), that year and its right value, and exit 1.
set -u
audit=$1 seed=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sed 's/| Friska vindar 2.0 Trollhättan | 2 400 000 | 2 900 000 | 2 900 000 |/| Friska vindar 2.0 Trollhättan | 2 400 000 | 2 990 000 | 2 900 000 |/' \
    "$seed" > "$work/typo.txt"
cmp -s "$seed" "$work/typo.txt" && { echo "the typo was not made: the seed text changed?"; exit 1; }
"$audit" "$work/typo.txt" > "$work/report.txt"
rc=$?
cat "$work/report.txt"
[ $rc -eq 1 ] || { echo "FEL: väntade felkod 1, fick $rc"; exit 1; }
grep -qF "AVVIKELSE rad 276: Troligen fel: Friska vindar 2.0 Trollhättan, 2021: anges 2 990 000, bör vara 2 900 000 för att Insatser (summa) ska stämma (skillnad 90 000)." \
    "$work/report.txt" || { echo "FEL: raden, året eller det rätta värdet saknas i rapporten"; exit 1; }
[ "$(grep -c AVVIKELSE "$work/report.txt")" -eq 1 ] || { echo "FEL: väntade en avvikelse (raden som ska rättas)"; exit 1; }
echo "OK: skrivfelet hittat på rätt rad och år, med rätt värde."
