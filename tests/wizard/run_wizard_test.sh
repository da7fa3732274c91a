#!/usr/bin/env bash
# run_wizard_test.sh LANG OXT CLIENT WORKDIR
# Starts a headless soffice whose profile's UI language is LANG (sv or en-US), with the extension
# OXT installed into that throw-away profile (WORKDIR/profile), listening on a pipe of its own,
# and runs CLIENT (read_function_descriptions) against it. The client checks the function wizard's
# texts against idl/function_table.hpp and terminates soffice; whatever happens, soffice (its whole
# process group) is killed before this script exits. Exit status: the client's, 1 on set-up errors.
set -u
if [ $# -ne 4 ]; then
    echo "usage: $0 sv|en-US OXT CLIENT WORKDIR" >&2
    exit 2
fi
lang=$1 oxt=$2 client=$3 workdir=$4
case "$lang" in
    sv) locale=sv system_locale=sv-SE currency=SEK-sv-SE ;;
    en-US) locale=en-US system_locale=en-US currency=USD-en-US ;;
    *) echo "$0: language must be sv or en-US" >&2; exit 2 ;;
esac
: "${WIZARD_TIMEOUT:=90}"   # seconds for the client (connecting included); CTest's TIMEOUT is larger
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
root=$(dirname "$(dirname "$here")")
# shellcheck source=../../scripts/lib/office.sh
. "$root/scripts/lib/office.sh"

[ -f "$oxt" ] || { echo "$0: extension not found: $oxt" >&2; exit 1; }
[ -x "$client" ] || { echo "$0: client not found: $client" >&2; exit 1; }
rm -rf "$workdir" && mkdir -p "$workdir" || exit 1
workdir=$(cd "$workdir" && pwd -P)

office_profile_init "$workdir" || exit 1
# The UI language is chosen by /org.openoffice.Office.Linguistic/General/UILocale (Tools › Options ›
# Language Settings › User interface). /org.openoffice.Setup/L10N/ooLocale alone does not do it:
# with only ooLocale=sv, LibreOffice 7.4 took the UI language from the environment (English here).
# Set both, for both languages, so that neither test depends on LANG.
xcu=$workdir/profile/user/registrymodifications.xcu
sed -i -e "s|\(oor:name=\"ooLocale\" oor:op=\"fuse\"><value>\)[^<]*<|\1$locale<|" \
       -e "s|\(oor:name=\"ooSetupSystemLocale\" oor:op=\"fuse\"><value>\)[^<]*<|\1$system_locale<|" \
       -e "s|\(oor:name=\"ooSetupCurrency\" oor:op=\"fuse\"><value>\)[^<]*<|\1$currency<|" \
       -e "s|</oor:items>|<item oor:path=\"/org.openoffice.Office.Linguistic/General\"><prop oor:name=\"UILocale\" oor:op=\"fuse\"><value>$locale</value></prop></item>\n</oor:items>|" \
       "$xcu"
if ! grep -q "\"ooLocale\" oor:op=\"fuse\"><value>$locale<" "$xcu" ||
   ! grep -q "\"UILocale\" oor:op=\"fuse\"><value>$locale<" "$xcu"; then
    echo "$0: could not set the UI language in $xcu" >&2
    exit 1
fi
office_install_oxt "$workdir" "$oxt" || exit 1

pipe="finsam-wizard-$lang-$$-$RANDOM"
mapfile -t env < <(office_env_args "$workdir")
soffice_pid=
# stop_soffice GRACE: give soffice GRACE tenths of a second to finish terminate(), then kill it
stop_soffice() {
    [ -n "$soffice_pid" ] || return 0
    # soffice is a shell script starting oosplash and soffice.bin: they share the process group
    local i
    for ((i = 0; i < $1; i++)); do
        kill -0 -- "-$soffice_pid" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 -- "-$soffice_pid" 2>/dev/null; then
        echo "$0: soffice still running, killing it" >&2
        kill -TERM -- "-$soffice_pid" 2>/dev/null
        sleep 2
        kill -KILL -- "-$soffice_pid" 2>/dev/null
    fi
    wait "$soffice_pid" 2>/dev/null
    soffice_pid=
}
trap 'stop_soffice 0' EXIT
trap 'exit 143' INT TERM HUP

# setsid: soffice and its children get a process group of their own (pgid = $!), killed as one
setsid "$OFFICE_SOFFICE" "${env[@]}" --headless --invisible --norestore --nologo --nodefault \
    --nolockcheck "--accept=pipe,name=$pipe;urp;" >"$workdir/soffice.log" 2>&1 &
soffice_pid=$!

started=$(date +%s%N)
# The client talks URP to soffice; $OFFICE_UNO_CLIENT gives it the URE of the office under test
# (another office: its libraries and fundamentalrc; the system's: as built, FINSAM_LO_PROGRAM_DIR)
timeout --kill-after=5 "$WIZARD_TIMEOUT" "$OFFICE_UNO_CLIENT" "$client" --pipe "$pipe" --lang "$lang" \
    --timeout "$WIZARD_TIMEOUT"
rc=$?
[ $rc -eq 124 ] && echo "$0: the client timed out after ${WIZARD_TIMEOUT}s" >&2
stop_soffice 50
office_check_version "$workdir" || rc=1
ms=$(( ($(date +%s%N) - started) / 1000000 ))
echo "$lang: soffice start, check and shutdown took $((ms / 1000)).$(printf '%03d' $((ms % 1000))) s"
exit $rc
