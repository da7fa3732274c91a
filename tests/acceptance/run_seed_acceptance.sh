#!/usr/bin/env bash
# run_seed_acceptance.sh OXT OUTDIR
# Recalculates the three seed workbooks (tests/seeds/*.fods) with the extension
# OXT in a throw-away profile, writes their sheets as CSV under OUTDIR/csv and
# checks the 93 printed figures (tests/acceptance/expected-figures.csv).
# Exit status 0 only if every figure is reproduced and every Kontroll cell is OK.
set -u
if [ $# -ne 2 ]; then
    echo "usage: $0 OXT OUTDIR" >&2
    exit 2
fi
oxt=$1 outdir=$2
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
root=$(dirname "$(dirname "$here")")
seeds=(
    "$root/tests/seeds/000-trollhattan-2020.fods"
    "$root/tests/seeds/002-sydostra-skane-2021.fods"
    "$root/tests/seeds/003-finnveden-2021.fods"
)
if [ ! -f "$oxt" ]; then
    echo "$0: extension not found: $oxt" >&2
    exit 1
fi
mkdir -p "$outdir" || exit 1
rm -rf "$outdir/csv"
"$root/scripts/recalc" "${seeds[@]}" --outdir "$outdir/csv" --oxt "$oxt" >"$outdir/recalc.log" 2>&1
rc=$?
if [ $rc -ne 0 ]; then
    cat "$outdir/recalc.log" >&2
    echo "$0: scripts/recalc failed (exit $rc)" >&2
    exit 1
fi
python3 "$here/check_figures.py" "$here/expected-figures.csv" "$outdir/csv"
