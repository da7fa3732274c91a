#!/usr/bin/env bash
# run_whole_columns.sh OXT OUTDIR
# Whole-column arguments through real LibreOffice (whole_columns.py): writes the cases and the same
# sheets without formulas under OUTDIR, recalculates both headless with the extension OXT in a
# throw-away profile, each under a 4 GiB address-space limit (converting A1:AMJ1048576 whole would
# need tens of GB), and checks every case: the same answer as the function over the filled rows,
# or the expected one. The workbook with formulas may take at most 300 MB more peak resident memory
# of soffice, and 5 s more, than the one without (before the add-in read references, FINSAM_AUDIT(A:Z)
# alone took 3.7 GB and 37 s).
set -u
if [ $# -ne 2 ]; then
    echo "usage: $0 OXT OUTDIR" >&2
    exit 2
fi
oxt=$1 outdir=$2
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
root=$(dirname "$(dirname "$here")")
# shellcheck source=../../scripts/lib/office.sh
. "$root/scripts/lib/office.sh"

[ -f "$oxt" ] || { echo "$0: extension not found: $oxt" >&2; exit 1; }
mkdir -p "$outdir" || exit 1
outdir=$(cd "$outdir" && pwd -P)
rm -rf "$outdir/office" "$outdir/csv" "$outdir/data-csv"
python3 "$here/whole_columns.py" write "$outdir" || exit 1
office_profile_init "$outdir/office" || exit 1
office_install_oxt "$outdir/office" "$oxt" || exit 1

filter='csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,-1'
mapfile -t env < <(office_env_args "$outdir/office")
measure=() limit=()
[ -x /usr/bin/time ] && measure=(/usr/bin/time -f '%e %M' -o "$outdir/time")
command -v prlimit >/dev/null && limit=(prlimit --as=$((4 << 30)))

# recalc FILE CSVDIR: one headless run; its seconds and peak memory (KB) in $outdir/time
recalc() {
    "${measure[@]}" "${limit[@]}" timeout --kill-after=10 "$OFFICE_TIMEOUT" "$OFFICE_SOFFICE" "${env[@]}" \
        --headless --invisible --norestore --nologo --nodefault --nolockcheck --convert-to "$filter" \
        --outdir "$2" "$1" >"$outdir/log" 2>&1 && ! grep -q '^Error' "$outdir/log" && return 0
    cat "$outdir/log" >&2
    echo "$0: soffice failed on $(basename "$1")${limit[*]:+ (under a 4 GiB address-space limit)}" >&2
    return 1
}

recalc "$outdir/whole-columns-data.fods" "$outdir/data-csv" || exit 1   # a fresh profile's first start
recalc "$outdir/whole-columns-data.fods" "$outdir/data-csv" || exit 1
[ ${#measure[@]} -gt 0 ] && read -r data_s data_kb < "$outdir/time"
recalc "$outdir/whole-columns.fods" "$outdir/csv" || exit 1
[ ${#measure[@]} -gt 0 ] && read -r formulas_s formulas_kb < "$outdir/time"
rm -rf "$outdir/office"

status=0
python3 "$here/whole_columns.py" check "$outdir/csv" || status=1
if [ ${#measure[@]} -gt 0 ]; then
    if ! awk -v s1="$formulas_s" -v s0="$data_s" -v m1="$formulas_kb" -v m0="$data_kb" 'BEGIN {
            ds = s1 - s0; dm = (m1 - m0) / 1024
            printf "soffice with the formulas: %.2f s and %.0f MB peak; without: %.2f s and %.0f MB; above: %+.2f s, %+.0f MB (at most 5 s, 300 MB)\n", s1, m1 / 1024, s0, m0 / 1024, ds, dm
            exit (ds <= 5 && dm <= 300) ? 0 : 1 }'; then
        echo "FAIL whole columns cost more than the filled rows: does the add-in take them as references?"
        status=1
    fi
else
    echo "(no /usr/bin/time: seconds and memory not measured)"
fi
exit $status
