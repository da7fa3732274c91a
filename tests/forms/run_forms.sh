#!/usr/bin/env bash
# run_forms.sh OXT OUTDIR [SEED]
# Every function with its data arguments as a number, an inline array, a computed array and a
# reference (another sheet, the same sheet, a named range, OFFSET), plus issue 19's table:
# make_forms.py writes the workbook, LibreOffice recalculates it headless with the extension OXT in
# a throw-away profile, check_forms.py holds every form to the plain reference's answer.
set -u
if [ $# -lt 2 ]; then
    echo "usage: $0 OXT OUTDIR [SEED]" >&2
    exit 2
fi
oxt=$1 outdir=$2 seed=${3:-19}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
root=$(dirname "$(dirname "$here")")
# shellcheck source=../../scripts/lib/office.sh
. "$root/scripts/lib/office.sh"

[ -f "$oxt" ] || { echo "$0: extension not found: $oxt" >&2; exit 1; }
mkdir -p "$outdir" || exit 1
outdir=$(cd "$outdir" && pwd -P)
rm -rf "$outdir/office" "$outdir/csv"
python3 "$here/make_forms.py" "$outdir/forms.fods" --seed "$seed" || exit 1
office_profile_init "$outdir/office" || exit 1
office_install_oxt "$outdir/office" "$oxt" || exit 1
filter='csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,-1'
if ! office_convert "$outdir/office" "$outdir/csv" "$filter" "$outdir/forms.fods"; then
    echo "$0: soffice did not exit normally" >&2
    exit 1
fi
rm -rf "$outdir/office"
python3 "$here/check_forms.py" "$outdir/csv/forms-Fall.csv"
