#!/usr/bin/env bash
# render_command_pictures.sh OXT OUTDIR — pictures of the menu command Verktyg › Granska budget
# (finsam) in a real LibreOffice window with a Swedish UI: the Tools menu with the command, the sheet
# Granskning after it ran on tests/audit/typo-workbook.fods, the comment on the wrong figure, and the
# command in Writer's Tools menu.
# LibreOffice runs in a throw-away profile with OXT installed, on a virtual screen (Xvfb); xdotool
# opens the menu, ImageMagick's import takes the pictures. Not part of the test suite.
#   apt-get install xvfb xdotool imagemagick python3-uno libreoffice-l10n-sv
# The README shows the ones in docs/: docs/render_command_pictures.sh build/finsam-calc.oxt docs
set -u
if [ $# -ne 2 ]; then
    echo "usage: $0 OXT OUTDIR" >&2
    exit 2
fi
oxt=$1 outdir=$2
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
root=$(dirname "$here")
# shellcheck source=../scripts/lib/office.sh
. "$root/scripts/lib/office.sh"
for tool in Xvfb xdotool import convert; do
    command -v "$tool" >/dev/null || { echo "$0: $tool missing (apt-get install xvfb xdotool imagemagick)" >&2; exit 1; }
done
[ -f "$oxt" ] || { echo "$0: extension not found: $oxt" >&2; exit 1; }
mkdir -p "$outdir" || exit 1
outdir=$(cd "$outdir" && pwd -P)

work=$(mktemp -d "${TMPDIR:-/tmp}/finsam-command-pictures.XXXXXX") || exit 1
xvfb_pid=
cleanup() {
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

office_profile_init "$work" || exit 1
xcu=$work/profile/user/registrymodifications.xcu
sed -i -e 's|\(oor:name="ooLocale" oor:op="fuse"><value>\)[^<]*<|\1sv<|' \
       -e 's|\(oor:name="UILocale" oor:op="fuse"><value>\)[^<]*<|\1sv<|' \
       -e 's|\(oor:name="ooSetupSystemLocale" oor:op="fuse"><value>\)[^<]*<|\1sv-SE<|' \
       -e 's|\(oor:name="ooSetupCurrency" oor:op="fuse"><value>\)[^<]*<|\1SEK-sv-SE<|' "$xcu"
office_install_oxt "$work" "$oxt" || exit 1
cp "$root/tests/audit/typo-workbook.fods" "$work/typo-workbook.fods" || exit 1

# a free display number
n=42
while [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ]; do n=$((n + 1)); done
Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
sleep 1
"$OFFICE_UNO_CLIENT" /usr/bin/python3 "$here/render_command_pictures.py" "$work" "$work/typo-workbook.fods" \
    "$outdir" ":$n"
