#!/usr/bin/env bash
# run_writer_infobar.sh OXT OUTDIR [PNG] — check_writer_infobar.py in a real LibreOffice window on a
# virtual screen (Xvfb), OXT installed into a throw-away en-US profile under OUTDIR; the screen after
# the command is saved as PNG (default OUTDIR/writer-infobar.png). Needs Xvfb, xdotool, ImageMagick.
set -u
oxt=$1 outdir=$2
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
root=$(dirname "$(dirname "$here")")
# shellcheck source=../../scripts/lib/office.sh
. "$root/scripts/lib/office.sh"
for tool in Xvfb xdotool import; do
    command -v "$tool" >/dev/null || { echo "$0: $tool missing (apt-get install xvfb xdotool imagemagick)" >&2; exit 1; }
done
rm -rf "$outdir" && mkdir -p "$outdir" || exit 1
outdir=$(cd "$outdir" && pwd -P)
png=${3:-$outdir/writer-infobar.png}
office_profile_init "$outdir" || exit 1
office_install_oxt "$outdir" "$oxt" || exit 1
python3 "$root/tests/faults/make_nested_tables.py" "$outdir/budget-med-fel.odt" 1 --wrong >/dev/null || exit 1
n=52
while [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ]; do n=$((n + 1)); done
Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
trap 'kill $xvfb_pid 2>/dev/null' EXIT
sleep 1
OFFICE_SOFFICE=$OFFICE_SOFFICE TMPDIR="$outdir/tmp" timeout --kill-after=10 240 \
    "$OFFICE_UNO_CLIENT" /usr/bin/python3 "$here/check_writer_infobar.py" "$outdir" "$outdir/budget-med-fel.odt" ":$n" "$png"
rc=$?
office_check_version "$outdir" || rc=1
exit $rc
