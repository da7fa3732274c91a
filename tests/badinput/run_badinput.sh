#!/usr/bin/env bash
# run_badinput.sh OXT OUTDIR
# Recalculates tests/badinput.fods headless with the extension OXT in a throw-away
# profile, writes its sheet as CSV under OUTDIR and checks every case
# (check_badinput.py): the exact Swedish message or Calc error, and never a number
# where an error belongs.  Fails if soffice does not exit 0 or writes no CSV.
set -u
if [ $# -ne 2 ]; then
    echo "usage: $0 OXT OUTDIR" >&2
    exit 2
fi
oxt=$1 outdir=$2
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
root=$(dirname "$(dirname "$here")")
workbook="$root/tests/badinput.fods"
# shellcheck source=../../scripts/lib/office.sh
. "$root/scripts/lib/office.sh"

[ -f "$oxt" ] || { echo "$0: extension not found: $oxt" >&2; exit 1; }
[ -f "$workbook" ] || { echo "$0: workbook not found: $workbook" >&2; exit 1; }
mkdir -p "$outdir" || exit 1
outdir=$(cd "$outdir" && pwd -P)
rm -rf "$outdir/office" "$outdir/csv"
office_profile_init "$outdir/office" || exit 1
office_install_oxt "$outdir/office" "$oxt" || exit 1

# Same CSV filter as scripts/recalc: UTF-8, en-US, unformatted values, all sheets.
filter='csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,-1'
if ! office_convert "$outdir/office" "$outdir/csv" "$filter" "$workbook"; then
    echo "$0: soffice did not exit normally (see above); a crash in the add-in ends here" >&2
    exit 1
fi
csv="$outdir/csv/badinput-Felindata.csv"
if [ ! -s "$csv" ]; then
    echo "$0: soffice exited 0 but wrote no $csv" >&2
    exit 1
fi
echo "soffice: exit 0, $(basename "$csv") written ($(wc -l <"$csv") lines)"
rm -rf "$outdir/office"
python3 "$here/check_badinput.py" "$workbook" "$csv"
