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
[ $rc -eq 0 ] || exit $rc

# Again with LibreOffice in Swedish (locale and UI language sv, as tests/templates does): the summary.
sv=$outdir/sv
office_profile_init "$sv" || exit 1
sed -i -e 's|\(oor:name="ooLocale" oor:op="fuse"><value>\)[^<]*<|\1sv<|' \
       -e 's|\(oor:name="UILocale" oor:op="fuse"><value>\)[^<]*<|\1sv<|' \
       -e 's|\(oor:name="ooSetupSystemLocale" oor:op="fuse"><value>\)[^<]*<|\1sv-SE<|' \
       -e 's|\(oor:name="ooSetupCurrency" oor:op="fuse"><value>\)[^<]*<|\1SEK-sv-SE<|' \
       "$sv/profile/user/registrymodifications.xcu"
grep -q '"ooLocale" oor:op="fuse"><value>sv<' "$sv/profile/user/registrymodifications.xcu" ||
    { echo "$0: could not set the locale to sv" >&2; exit 1; }
office_install_oxt "$sv" "$oxt" || exit 1
OFFICE_SOFFICE=$OFFICE_SOFFICE timeout --kill-after=10 120 \
    "$OFFICE_UNO_CLIENT" /usr/bin/python3 "$here/check_writer_audit.py" --sv "$sv" "$audit" "$outdir/files/plan-med-fel.docx"
rc=$?
[ $rc -eq 124 ] && echo "$0: timed out" >&2
office_check_version "$sv" || rc=1
exit $rc
