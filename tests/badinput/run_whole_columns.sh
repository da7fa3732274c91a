#!/usr/bin/env bash
# run_whole_columns.sh OXT OUTDIR
# Whole-column arguments through real LibreOffice (whole_columns.py): writes the cases and the same
# sheets without formulas under OUTDIR, recalculates both headless with the extension OXT in a
# throw-away profile, each under a 4 GiB address-space limit (converting A1:AMJ1048576 whole would
# need tens of GB), and checks every case: the same answer as the function over the filled rows,
# or the expected one. The data arguments (Nyckel, Intäkter, Kostnader, Rader: sequence<sequence<any>>
# since issue 19, so that numbers and arrays work) are converted whole by Calc before the call, about
# 24 bytes and 0.5 µs a cell, 13 whole-column calls here (about 14 million cells); FINSAM_AUDIT's
# Område is a reference read only as far as the sheet is used. The workbook with formulas may take
# at most 500 MB more peak resident memory of soffice, and 15 CPU seconds more (CPU, not wall-clock:
# the machine is shared), than the one without (measured 371 MB and 5.5 CPU s, 11.7–16.5 s wall,
# on 7.4; an add-in copying a whole column into its own cells would add about
# 48 bytes a cell, 190 MB for BUDGET_RESULT(A:B;C:D) alone, and fail this).
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
[ -x /usr/bin/time ] && measure=(/usr/bin/time -f '%e %M %U %S' -o "$outdir/time")
command -v prlimit >/dev/null && limit=(prlimit --as=$((4 << 30)))

# recalc FILE CSVDIR: one headless run; its seconds, peak memory (KB) and CPU seconds in $outdir/time
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
[ ${#measure[@]} -gt 0 ] && read -r data_s data_kb data_u data_y < "$outdir/time"
recalc "$outdir/whole-columns.fods" "$outdir/csv" || exit 1
[ ${#measure[@]} -gt 0 ] && read -r formulas_s formulas_kb formulas_u formulas_y < "$outdir/time"
rm -rf "$outdir/office"

status=0
python3 "$here/whole_columns.py" check "$outdir/csv" || status=1
if [ ${#measure[@]} -gt 0 ]; then
    if ! awk -v s1="$formulas_s" -v s0="$data_s" -v m1="$formulas_kb" -v m0="$data_kb" \
            -v c1="$(awk -v u="$formulas_u" -v y="$formulas_y" 'BEGIN { print u + y }')" \
            -v c0="$(awk -v u="$data_u" -v y="$data_y" 'BEGIN { print u + y }')" 'BEGIN {
            ds = s1 - s0; dc = c1 - c0; dm = (m1 - m0) / 1024
            printf "soffice with the formulas: %.2f s (%.2f CPU s) and %.0f MB peak; without: %.2f s (%.2f CPU s) and %.0f MB; above: %+.2f s, %+.2f CPU s, %+.0f MB (at most 15 CPU s, 500 MB)\n", s1, c1, m1 / 1024, s0, c0, m0 / 1024, ds, dc, dm
            exit (dc <= 15 && dm <= 500) ? 0 : 1 }'; then
        echo "FAIL whole columns cost more than Calc's own conversion: does the add-in copy them whole?"
        status=1
    fi
else
    echo "(no /usr/bin/time: seconds and memory not measured)"
fi
exit $status
