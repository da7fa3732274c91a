#!/usr/bin/env bash
# typo_in_text.sh FINSAM_AUDIT SEED000.txt
# Seed 000's three-year table with one cost line mistyped (Friska vindar 2.0, 2021: 2 990 000 for
# 2 900 000) and its printed sum left as it was: the audit must report that group, that year and
# the difference, and exit 1.
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
grep -qF "AVVIKELSE rad 280: Insatser (summa), 2021: anges 16 800 000, raderna ger 16 890 000 (skillnad -90 000)." \
    "$work/report.txt" || { echo "FEL: gruppen, året eller skillnaden saknas i rapporten"; exit 1; }
[ "$(grep -c AVVIKELSE "$work/report.txt")" -eq 2 ] || { echo "FEL: väntade två avvikelser (summan och resultatet)"; exit 1; }
echo "OK: skrivfelet hittat i rätt grupp, år och med rätt skillnad."
