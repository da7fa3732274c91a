#!/usr/bin/env bash
# run_array_results.sh OXT OUTDIR SEED — the report sheet beside the add-in's own array results
# and blocks of error cells (check_array_results.py) in a fresh headless LibreOffice with OXT installed into a
# throw-away en-US profile under OUTDIR. Needs python3-uno (/usr/bin/python3).
set -u
if [ $# -ne 3 ]; then
    echo "usage: $0 OXT OUTDIR SEED" >&2
    exit 2
fi
oxt=$1 outdir=$2 seed=$3
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
root=$(dirname "$(dirname "$here")")
# shellcheck source=../../scripts/lib/office.sh
. "$root/scripts/lib/office.sh"
[ -f "$oxt" ] || { echo "$0: extension not found: $oxt" >&2; exit 1; }
"$OFFICE_UNO_CLIENT" /usr/bin/python3 -c 'import uno' 2>/dev/null ||
    { echo "$0: python3-uno is missing (apt-get install python3-uno)" >&2; exit 1; }
rm -rf "$outdir" && mkdir -p "$outdir" || exit 1
outdir=$(cd "$outdir" && pwd -P)
office_profile_init "$outdir" || exit 1
office_install_oxt "$outdir" "$oxt" || exit 1
OFFICE_SOFFICE=$OFFICE_SOFFICE timeout --kill-after=10 280 \
    "$OFFICE_UNO_CLIENT" /usr/bin/python3 "$here/check_array_results.py" "$outdir" "$seed" 12
rc=$?
office_check_version "$outdir" || rc=1
exit $rc
