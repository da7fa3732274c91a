#!/usr/bin/env bash
# run_writer_audit_test.sh OXT FINSAM_AUDIT OUTDIR — the menu command in Writer (check_writer_audit.py)
# in a fresh headless LibreOffice with OXT installed into a throw-away profile under OUTDIR; a 20-page
# plan made by tests/audit/documents/make_documents.py for timing. Needs python3-uno (/usr/bin/python3).
set -u
if [ $# -ne 3 ]; then
    echo "usage: $0 OXT FINSAM_AUDIT OUTDIR" >&2
    exit 2
fi
oxt=$1 audit=$2 outdir=$3
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
python3 "$root/tests/audit/documents/make_documents.py" --pages 20 "$outdir/plan-20-sidor.docx" >/dev/null ||
    { echo "$0: the 20-page plan could not be made" >&2; exit 1; }
OFFICE_SOFFICE=$OFFICE_SOFFICE timeout --kill-after=10 280 \
    "$OFFICE_UNO_CLIENT" /usr/bin/python3 "$here/check_writer_audit.py" "$outdir" "$audit" "$outdir/files" \
    "$root/tests/audit/documents/000-trollhattan-2020.docx" "$outdir/plan-20-sidor.docx" \
    "$root/tests/audit/documents/002-sydostra-skane-2021.docx" "$root/tests/audit/documents/003-finnveden-2021.docx"
rc=$?
[ $rc -eq 124 ] && echo "$0: timed out" >&2
office_check_version "$outdir" || rc=1
exit $rc
