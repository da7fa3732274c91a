#!/usr/bin/env bash
# tests/fuzz/run_fuzz.sh — fuzza läsarna, granskningen och Calc-funktionerna. Fuzz the readers, the
# audit and the Calc functions with libFuzzer, ASan and UBSan.
#
#   run_fuzz.sh [--build-dir DIR] [--jobs N] TARGET|all SECONDS [LIBFUZZER-OPTION...]
#
# TARGET is text (fuzz_text.cpp) or grid (fuzz_grid.cpp). Builds the fuzz build (clang++,
# -DFINSAM_FUZZ=ON) in DIR (default build/fuzz), then for each target
#   1. replays every input in regressions/<target>/ (a .gz is unpacked first), each on its own;
#   2. fuzzes for SECONDS on a copy of corpus/<target>/ (the copy, with what the run adds, is
#      DIR/work/<target>/corpus; the repository's corpus is never written).
# Exit status 1 on any crash, sanitizer report, broken invariant, timeout (10 s) or memory blow-up,
# with the input saved as DIR/work/<target>/crash-* (timeout-*, oom-*) and the report printed.
# To keep new inputs: fuzz_<target> -merge=1 tests/fuzz/corpus/<target> DIR/work/<target>/corpus
set -uo pipefail
shopt -s nullglob
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
root=$(cd "$here/../.." && pwd -P)
build=$root/build/fuzz
jobs=2
while [ $# -gt 0 ]; do
    case $1 in
        --build-dir) build=$2; shift 2 ;;
        --jobs) jobs=$2; shift 2 ;;
        *) break ;;
    esac
done
[ $# -ge 2 ] || { sed -n '2,16p' "${BASH_SOURCE[0]}" >&2; exit 2; }
which=$1 seconds=$2
shift 2
case $which in
    all) targets=(text grid) ;;
    text | grid) targets=("$which") ;;
    *) echo "run_fuzz.sh: okänt mål / unknown target: $which (text, grid, all)" >&2; exit 2 ;;
esac

# Per target: the longest input (the documents in corpus/text are up to 18.5 kB; a grid input is a
# small sheet and its arguments). Regressions are replayed whole, whatever their length.
declare -A max_len=([text]=20000 [grid]=1024)

command -v clang++ >/dev/null || {
    echo "run_fuzz.sh: clang++ saknas / is missing (apt-get install clang libclang-rt-14-dev)" >&2
    exit 1
}
started=$SECONDS
mkdir -p "$build"
echo "== Bygger / building the fuzz build in $build"
if ! { cmake -S "$root" -B "$build" -DCMAKE_CXX_COMPILER=clang++ -DFINSAM_FUZZ=ON -DBUILD_TESTING=OFF \
           -DCMAKE_BUILD_TYPE=RelWithDebInfo &&
       cmake --build "$build" -j "$jobs" --target "${targets[@]/#/fuzz_}"; } >"$build/fuzz-build.log" 2>&1; then
    tail -40 "$build/fuzz-build.log" >&2
    echo "run_fuzz.sh: bygget misslyckades / build failed ($build/fuzz-build.log)" >&2
    exit 1
fi
echo "   klart / built in $((SECONDS - started)) s"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
failed=0
for t in "${targets[@]}"; do
    bin=$build/fuzz_$t work=$build/work/$t
    rm -rf "$work"
    mkdir -p "$work/corpus" "$work/regressions"
    common=(-timeout=10 -rss_limit_mb=2048 "-max_len=${max_len[$t]}")
    [ -f "$here/$t.dict" ] && common+=("-dict=$here/$t.dict")

    # 1. The regressions, each on its own so that every one that still fails is named.
    for f in "$here/regressions/$t"/*; do
        case $f in
            *.gz) gunzip -c "$f" >"$work/regressions/$(basename "${f%.gz}")" ;;
            *) cp "$f" "$work/regressions/" ;;
        esac
    done
    regressions=("$work/regressions"/*)
    for f in "${regressions[@]}"; do
        if ! "$bin" "${common[@]}" "$f" >"$f.log" 2>&1; then
            echo "FEL / FAILS: regression $t/$(basename "$f") still crashes:"
            grep -m2 -E "INVARIANT VIOLATED|ERROR: [A-Za-z]+Sanitizer|runtime error|terminate called|ERROR: libFuzzer" \
                "$f.log" | sed 's/^/   /'
            failed=1
        fi
    done
    echo "== fuzz_$t: ${#regressions[@]} regressions replayed"

    # 2. Fuzzing on a copy of the corpus.
    seeds=("$here/corpus/$t"/*)
    [ ${#seeds[@]} -eq 0 ] || cp "${seeds[@]}" "$work/corpus/"
    before=$(find "$work/corpus" -type f | wc -l)
    "$bin" "${common[@]}" -max_total_time="$seconds" -print_final_stats=1 -artifact_prefix="$work/" \
        "$@" "$work/corpus" >"$work/fuzz.log" 2>&1
    rc=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/fuzz.log" | tail -1)
    speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$work/fuzz.log" | tail -1)
    cov=$(grep -oE 'cov: [0-9]+ ft: [0-9]+' "$work/fuzz.log" | tail -1)
    after=$(find "$work/corpus" -type f | wc -l)
    echo "== fuzz_$t: ${runs:-?} executions in $seconds s (${speed:-?}/s), $cov, corpus $before -> $after inputs"
    if [ $rc -ne 0 ]; then
        failed=1
        found=("$work"/crash-* "$work"/timeout-* "$work"/oom-* "$work"/leak-*)
        echo "FEL / FAILS: fuzz_$t found a failing input (exit $rc): ${found[*]:-none saved}"
        grep -m1 -B2 -A30 -E "INVARIANT VIOLATED|ERROR: [A-Za-z]+Sanitizer|runtime error|terminate called|ERROR: libFuzzer" \
            "$work/fuzz.log"
    fi
done
echo "== $((SECONDS - started)) s in all"
exit $failed
