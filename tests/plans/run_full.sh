#!/usr/bin/env bash
# run_full.sh [SEED] — the full set of generated plans (issue 20): 500 plans with 3 slips each in
# every format, audited by build/finsam-audit, the table printed (and written to
# build/plans-full.json). Slow: LibreOffice converts 2 000 documents per format and recalculates
# every workbook; run it on demand, not in CI. SEED defaults to a random one (printed first).
set -eu
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)
seed=${1:-$(python3 -c 'import random; print(random.SystemRandom().randrange(1, 10**9))')}
exec python3 "$root/tests/plans/run_plans.py" --audit "$root/build/finsam-audit" --seed "$seed" \
    --plans "${PLANS:-500}" --mutants-per-plan 3 --formats "${FORMATS:-txt,pdf,docx,odt,xlsx,ods}" \
    --json "$root/build/plans-full.json"
