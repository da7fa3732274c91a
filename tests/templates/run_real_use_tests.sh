#!/usr/bin/env bash
# run_real_use_tests.sh LANG OXT OUTDIR [SCENARIO...] — the templates in real use (check_real_use.py)
# in a fresh headless LibreOffice whose locale and UI language are LANG (sv or en-US), with OXT
# installed into a throw-away profile under OUTDIR. Needs python3-uno (/usr/bin/python3).
set -u
if [ $# -lt 3 ]; then
    echo "usage: $0 sv|en-US OXT OUTDIR [SCENARIO...]" >&2
    exit 2
fi
lang=$1 oxt=$2 outdir=$3
shift 3
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

office_profile_init "$outdir" || exit 1
# The locale (how typed numbers are read, how FIXED and TEXT write them) and the UI language, as
# tests/wizard does: /org.openoffice.Setup/L10N and /org.openoffice.Office.Linguistic/General/UILocale.
xcu=$outdir/profile/user/registrymodifications.xcu
sed -i -e "s|\(oor:name=\"ooLocale\" oor:op=\"fuse\"><value>\)[^<]*<|\1$locale<|" \
       -e "s|\(oor:name=\"UILocale\" oor:op=\"fuse\"><value>\)[^<]*<|\1$locale<|" \
       -e "s|\(oor:name=\"ooSetupSystemLocale\" oor:op=\"fuse\"><value>\)[^<]*<|\1$system_locale<|" \
       -e "s|\(oor:name=\"ooSetupCurrency\" oor:op=\"fuse\"><value>\)[^<]*<|\1$currency<|" "$xcu"
grep -q "\"ooSetupSystemLocale\" oor:op=\"fuse\"><value>$system_locale<" "$xcu" ||
    { echo "$0: could not set the locale in $xcu" >&2; exit 1; }
office_install_oxt "$outdir" "$oxt" || exit 1
started=$(date +%s%N)
# the office it starts is $OFFICE_SOFFICE; the client takes that office's python3-uno
OFFICE_SOFFICE=$OFFICE_SOFFICE timeout --kill-after=10 "${REAL_USE_TIMEOUT:-280}" \
    "$OFFICE_UNO_CLIENT" /usr/bin/python3 "$here/check_real_use.py" "$outdir" "$lang" "$outdir/files" "$@"
rc=$?
[ $rc -eq 124 ] && echo "$0: timed out" >&2
office_check_version "$outdir" || rc=1
ms=$(( ($(date +%s%N) - started) / 1000000 ))
echo "$lang: $((ms / 1000)).$(printf '%03d' $((ms % 1000))) s"
exit $rc
