#!/usr/bin/env bash
# build_templates.sh ADDIN.oxt OUTDIR FILE.fods...
# Converts the flat template sources to .ots in a throw-away LibreOffice profile that has the add-in
# (ADDIN.oxt, the extension without templates) installed: without it Calc would not recognise the
# add-in's functions and would store them as unknown names. The profile recalculates on load, so the
# .ots carry computed values. Fails if a file is missing afterwards or shows an error value.
# Used by the build (CMakeLists.txt, "The extension"); one soffice run for all files, a few seconds.
set -u
if [ $# -lt 3 ]; then
    echo "usage: $0 ADDIN.oxt OUTDIR FILE.fods..." >&2
    exit 2
fi
oxt=$1 outdir=$2
shift 2
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
# shellcheck source=../scripts/lib/office.sh
. "$here/../scripts/lib/office.sh"

work=$(mktemp -d "${TMPDIR:-/tmp}/finsam-templates.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT
office_profile_init "$work" || exit 1
office_install_oxt "$work" "$oxt" || exit 1
mkdir -p "$outdir" || exit 1
abs=()
for f in "$@"; do abs+=("$(_office_abs "$f")"); done
office_convert "$work" "$work/out" 'ots:calc8_template' "${abs[@]}" || exit 1

status=0
for f in "$@"; do
    stem=$(basename -- "$f" .fods)
    ots="$work/out/$stem.ots"
    if [ ! -f "$ots" ]; then
        echo "$0: no output for $f" >&2
        status=1
        continue
    fi
    # The cached values must not show errors (#NAME? would mean the add-in was not recognised).
    rm -rf "$work/x" && mkdir -p "$work/x" &&
        (cd "$work/x" && "${CMAKE_COMMAND:-cmake}" -E tar xf "$ots" content.xml) || { status=1; continue; }
    if grep -qE '<text:p>(#NAME\?|#VALUE!|#REF!|Err:[0-9]+|#N/A)' "$work/x/content.xml"; then
        echo "$0: $stem.ots has error values (was the add-in recognised?)" >&2
        status=1
        continue
    fi
    cp -- "$ots" "$outdir/" || status=1
done
exit $status
