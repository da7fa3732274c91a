#!/usr/bin/env bash
# run_uno_check.sh OXT OUTDIR CHECK.py ARG... — a UNO check script of this folder (check_function_agrees.py:
# FINSAM_AUDIT and the menu command over the same random budget sheets; check_array_results.py: the
# report sheet beside the add-in's own array results and blocks of error cells) run as
# `CHECK.py OUTDIR ARG...` in a fresh headless LibreOffice with OXT installed into a throw-away en-US
# profile under OUTDIR. Needs python3-uno (/usr/bin/python3).
set -u
if [ $# -lt 3 ]; then
    echo "usage: $0 OXT OUTDIR CHECK.py [ARG...]" >&2
    exit 2
fi
oxt=$1 outdir=$2 check=$3
shift 3
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
root=$(dirname "$(dirname "$here")")
# shellcheck source=../../scripts/lib/office.sh
. "$root/scripts/lib/office.sh"
[ -f "$oxt" ] || { echo "$0: extension not found: $oxt" >&2; exit 1; }
[ -f "$here/$check" ] || { echo "$0: check not found: $here/$check" >&2; exit 2; }
"$OFFICE_UNO_CLIENT" /usr/bin/python3 -c 'import uno' 2>/dev/null ||
    { echo "$0: python3-uno is missing (apt-get install python3-uno)" >&2; exit 1; }
rm -rf "$outdir" && mkdir -p "$outdir" || exit 1
outdir=$(cd "$outdir" && pwd -P)
office_profile_init "$outdir" || exit 1
office_install_oxt "$outdir" "$oxt" || exit 1
OFFICE_SOFFICE=$OFFICE_SOFFICE timeout --kill-after=10 280 \
    "$OFFICE_UNO_CLIENT" /usr/bin/python3 "$here/$check" "$outdir" "$@"
rc=$?
office_check_version "$outdir" || rc=1
exit $rc
