#!/usr/bin/env bash
# run_command_tests.sh LANG OXT FINSAM_AUDIT OUTDIR — the menu command Verktyg › Granska budget
# (finsam) in Calc (check_calc_command.py) in a fresh headless LibreOffice whose UI language is LANG
# (en-US or sv), with OXT installed into a throw-away profile under OUTDIR, compared with
# FINSAM_AUDIT --json over the same workbooks. Needs python3-uno (/usr/bin/python3).
set -u
if [ $# -ne 4 ]; then
    echo "usage: $0 en-US|sv OXT FINSAM_AUDIT OUTDIR" >&2
    exit 2
fi
lang=$1 oxt=$2 audit=$3 outdir=$4
case "$lang" in
    sv) locale=sv system_locale=sv-SE currency=SEK-sv-SE ;;
    en-US) locale=en-US system_locale=en-US currency=USD-en-US ;;
    *) echo "$0: language must be sv or en-US" >&2; exit 2 ;;
esac
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
root=$(dirname "$(dirname "$here")")
# shellcheck source=../../scripts/lib/office.sh
. "$root/scripts/lib/office.sh"
[ -f "$oxt" ] || { echo "$0: extension not found: $oxt" >&2; exit 1; }
"$OFFICE_UNO_CLIENT" /usr/bin/python3 -c 'import uno' 2>/dev/null ||
    { echo "$0: python3-uno is missing (apt-get install python3-uno)" >&2; exit 1; }
rm -rf "$outdir" && mkdir -p "$outdir" || exit 1
outdir=$(cd "$outdir" && pwd -P)

typo=$root/tests/audit/typo-workbook.fods
seeds=("$root"/tests/seeds/*.fods "$here/odd-cells.fods")
# the command line's report over the same files (it recalculates them in a profile of its own)
"$audit" --json --oxt "$oxt" "$typo" "${seeds[@]}" >"$outdir/cli.json"
case $? in 0|1|3) ;; *) echo "$0: $audit failed" >&2; cat "$outdir/cli.json" >&2; exit 1 ;; esac

office_profile_init "$outdir" || exit 1
xcu=$outdir/profile/user/registrymodifications.xcu
sed -i -e "s|\(oor:name=\"ooLocale\" oor:op=\"fuse\"><value>\)[^<]*<|\1$locale<|" \
       -e "s|\(oor:name=\"UILocale\" oor:op=\"fuse\"><value>\)[^<]*<|\1$locale<|" \
       -e "s|\(oor:name=\"ooSetupSystemLocale\" oor:op=\"fuse\"><value>\)[^<]*<|\1$system_locale<|" \
       -e "s|\(oor:name=\"ooSetupCurrency\" oor:op=\"fuse\"><value>\)[^<]*<|\1$currency<|" "$xcu"
office_install_oxt "$outdir" "$oxt" || exit 1
OFFICE_SOFFICE=$OFFICE_SOFFICE timeout --kill-after=10 "${COMMAND_TEST_TIMEOUT:-280}" \
    "$OFFICE_UNO_CLIENT" /usr/bin/python3 "$here/check_calc_command.py" "$outdir" "$lang" "$outdir/cli.json" \
    "$outdir" "$typo" "${seeds[@]}"
rc=$?
[ $rc -eq 124 ] && echo "$0: timed out" >&2
office_check_version "$outdir" || rc=1
exit $rc
