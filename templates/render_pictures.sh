#!/usr/bin/env bash
# render_pictures.sh OXT OUTDIR
# Pictures of the templates as LibreOffice shows them: each workbook is exported to PDF by real
# LibreOffice (one page per sheet) in a throw-away profile with the extension installed, and
# pdftoppm (poppler-utils) turns each page into OUTDIR/<workbook>-<n>-<sheet>.png.
# The README shows the ones in docs/: templates/render_pictures.sh build/finsam-calc.oxt docs
set -u
if [ $# -ne 2 ]; then
    echo "usage: $0 OXT OUTDIR" >&2
    exit 2
fi
oxt=$1 outdir=$2
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
# shellcheck source=../scripts/lib/office.sh
. "$here/../scripts/lib/office.sh"
command -v pdftoppm >/dev/null || { echo "$0: pdftoppm missing (apt-get install poppler-utils)" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/finsam-pictures.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT
# the templates, example 003, and example 003 with a typo in one cost line (a test variant)
python3 "$here/../tests/templates/make_variants.py" "$work/variants" >/dev/null || exit 1
books=("$here/verksamhetsplan-och-budget.fods" "$here/budget-litet-forbund.fods"
       "$here/examples/exempel-003-finnveden-2021.fods" "$work/variants/typo-003.fods")
office_profile_init "$work" || exit 1
office_install_oxt "$work" "$oxt" || exit 1
office_convert "$work" "$work/pdf" \
    'pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}' "${books[@]}" || exit 1
mkdir -p "$outdir" || exit 1
for b in "${books[@]}"; do
    stem=$(basename -- "$b" .fods)
    # the sheet names, in order, from the flat source
    mapfile -t sheets < <(grep -o '<table:table table:name="[^"]*"' "$b" | sed 's/.*name="//; s/"$//')
    pdftoppm -png -r 100 "$work/pdf/$stem.pdf" "$work/$stem" || exit 1
    i=0
    for png in $(ls "$work/$stem"-*.png | sort -V); do
        name=${sheets[$i]:-sida$((i + 1))}
        slug=$(printf '%s' "$name" | tr 'A-ZÅÄÖ ' 'a-zåäö-' | sed 's/å/a/g; s/ä/a/g; s/ö/o/g')
        cp -- "$png" "$outdir/$stem-$((i + 1))-$slug.png"
        echo "$outdir/$stem-$((i + 1))-$slug.png"
        i=$((i + 1))
    done
done
