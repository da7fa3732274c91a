#!/usr/bin/env bash
# bench_documents.sh — how long does finsam-audit take over the documents förbund publish?
#
# Times, in wall-clock seconds (median of K runs), finsam-audit on
#   one 20-page PDF                      (make_documents.py --pages 20; target under 5 s)
#   one 20-page Word document (.docx)    (the same plan through Writer)
#   a folder of 20 mixed files           (the seed plans as .pdf .docx .odt .doc .rtf and .txt, and
#                                         the two 20-page documents: 14 of them Word/Writer files)
# for each finsam-audit given (--audit, repeatable: e.g. a build before and after a change), and
# prints one table. Word/Writer files go through headless LibreOffice (scripts/convert-document);
# its start dominates, so what counts is how many times it starts: once per document, or once for
# all of them.
#
#   tests/bench/bench_documents.sh [--audit BUILD/finsam-audit]... [--runs K] [--keep DIR]
#
# Default: build/finsam-audit, 3 runs. Wall clock suffers from anything else running.
set -u

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
root=$(dirname "$(dirname "$here")")
audits=() runs=3 keep=""
while [ $# -gt 0 ]; do
    case "$1" in
        -h|--help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        --audit) [ $# -ge 2 ] || { echo "bench_documents: --audit needs a program" >&2; exit 2; }
                 audits+=("$(cd "$(dirname "$2")" && pwd -P)/$(basename "$2")"); shift 2 ;;
        --runs) [ $# -ge 2 ] || { echo "bench_documents: --runs needs a number" >&2; exit 2; }
                runs=$2; shift 2 ;;
        --keep) [ $# -ge 2 ] || { echo "bench_documents: --keep needs a folder" >&2; exit 2; }
                keep=$2; shift 2 ;;
        *) echo "bench_documents: unknown option: $1 (--help)" >&2; exit 2 ;;
    esac
done
case "$runs" in ''|*[!0-9]*|0) echo "bench_documents: --runs takes a whole number >= 1" >&2; exit 2 ;; esac
[ ${#audits[@]} -gt 0 ] || audits=("$root/build/finsam-audit")
for a in "${audits[@]}"; do
    [ -x "$a" ] || { echo "bench_documents: no program $a" >&2; exit 2; }
done

if [ -n "$keep" ]; then
    work=$keep; mkdir -p "$work" || exit 1
else
    work=$(mktemp -d "${TMPDIR:-/tmp}/finsam-bench-documents.XXXXXX") || exit 1
    trap 'rm -rf "$work"' EXIT
fi
trap 'exit 130' INT TERM

# The documents, made once (LibreOffice writes them; a few seconds each).
make=$root/tests/audit/documents/make_documents.py
docs=$root/tests/audit/documents
folder=$work/folder
if [ ! -f "$work/plan20.pdf" ] || [ ! -f "$work/plan20.docx" ] || [ ! -d "$folder" ]; then
    echo "bench_documents: making the documents in $work" >&2
    python3 "$make" --pages 20 "$work/plan20.pdf" >/dev/null || exit 1
    python3 "$make" --pages 20 "$work/plan20.docx" >/dev/null || exit 1
    rm -rf "$folder" "$work/writer"; mkdir -p "$folder" || exit 1
    python3 "$make" --writer-all "$work/writer" >/dev/null || exit 1     # .docx .odt .doc .rtf
    cp "$work"/writer/*.doc "$work"/writer/*.rtf "$docs"/*.docx "$docs"/*.odt "$docs"/*.pdf \
       "$root"/tests/audit/seeds/*.txt "$work/plan20.pdf" "$work/plan20.docx" "$folder/" || exit 1
fi
pages() { pdfinfo "$1" 2>/dev/null | awk '/^Pages:/ { print $2 }'; }
kinds=$(ls "$folder" | sed 's/.*\.//' | sort | uniq -c | awk '{ print $1 " ." $2 }' | paste -sd, - | sed 's/,/, /g')
echo "bench_documents: plan20.pdf $(pages "$work/plan20.pdf") pages; folder of $(ls "$folder" | wc -l) files: $kinds" >&2

# median SECONDS... -> the middle one (the lower middle for an even count)
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

TIMEFORMAT=%R
cases=("20-page PDF:$work/plan20.pdf" "20-page DOCX:$work/plan20.docx" "folder of 20 files:$folder")
declare -A result
for a in "${audits[@]}"; do
    for c in "${cases[@]}"; do
        name=${c%%:*} input=${c#*:} times=()
        for ((k = 1; k <= runs; k++)); do
            { time { "$a" "$input" >"$work/out" 2>"$work/err"; echo $? >"$work/rc"; }; } 2>"$work/t"
            times+=("$(cat "$work/t")")
        done
        status=$(cat "$work/rc")
        checks=$(grep -o '[0-9]* kontroller' "$work/out" | tail -1)
        result[$a,$name]="$(median "${times[@]}") s (exit $status, ${checks:-? kontroller})"
        echo "bench_documents: $a: $name: ${times[*]} s" >&2
    done
done

printf '\n%-20s' "wall clock, median"
for a in "${audits[@]}"; do printf '  %-40s' "$(basename "$(dirname "$a")")/$(basename "$a")"; done
printf '\n'
for c in "${cases[@]}"; do
    name=${c%%:*}
    printf '%-20s' "$name"
    for a in "${audits[@]}"; do printf '  %-40s' "${result[$a,$name]}"; done
    printf '\n'
done
