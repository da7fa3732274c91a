#!/usr/bin/env bash
# run_nested_tables.sh OXT OUTDIR FINSAM_AUDIT — check_nested_tables.py (nested Writer tables, measured and bounded) in a fresh headless LibreOffice with OXT
# installed into a throw-away profile under OUTDIR (FINSAM_OFFICE_DIR: another office).
set -u
oxt=$1 outdir=$2
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
root=$(dirname "$(dirname "$here")")
# shellcheck source=../../scripts/lib/office.sh
. "$root/scripts/lib/office.sh"
rm -rf "$outdir" && mkdir -p "$outdir" || exit 1
outdir=$(cd "$outdir" && pwd -P)
office_profile_init "$outdir" || exit 1
office_install_oxt "$outdir" "$oxt" || exit 1
OFFICE_SOFFICE=$OFFICE_SOFFICE TMPDIR="$outdir/tmp" timeout --kill-after=10 1500 \
    "$OFFICE_UNO_CLIENT" /usr/bin/python3 "$here/check_nested_tables.py" "$outdir" "$3" "$outdir"
rc=$?
office_check_version "$outdir" || rc=1
exit $rc
