# Map-reduce: a JSON Lines corpus {"id","text"} of the compare fixtures goes
# through `parallel --pipe` into stream mode (`analyze --input-format jsonl`),
# then `analyze compare` reduces the saved results; the report must equal
# `analyze --compare` on the same articles in one process.
# Needs GNU parallel (Debian package `parallel`, installed by the README's
# set-up commands): without it the test fails.
source "$(dirname "$0")/lib.bash"
ARTICLES="$FIXTURES/compare/articles"
NAMES=(a1_couts_officiels.txt a2_analystes.txt a3_comparatif.txt a4_bourse.txt)

cannot_run() {
  fail "cannot run: $*"
  finish
}
command -v parallel >/dev/null || cannot_run "GNU parallel is not installed (apt-get install parallel)"
echo '{"id":"probe","text":"Bonjour."}' | "$ANALYZE" --input-format jsonl --format jsonl >/dev/null 2>&1 ||
  cannot_run "stream mode (--input-format jsonl) is not in this build"

# Record ids are the names --compare sees, so that both reports name the same sources.
python3 - "$ARTICLES" "${NAMES[@]}" >"$SCRATCH/corpus.jsonl" <<'PY'
import json, os, sys
folder = sys.argv[1]
for name in sys.argv[2:]:
    with open(os.path.join(folder, name), encoding="utf-8") as f:
        print(json.dumps({"id": name, "text": f.read()}, ensure_ascii=False))
PY

# One record per job, two jobs at a time: results come back in any order.
parallel --will-cite --pipe -N1 -j2 "$ANALYZE" --input-format jsonl --format jsonl \
  <"$SCRATCH/corpus.jsonl" >"$SCRATCH/mapped.jsonl" 2>"$SCRATCH/map.err"
status=$?
[ "$status" -eq 0 ] && pass "parallel --pipe into stream mode" || fail "map step exit $status: $(head -c 300 "$SCRATCH/map.err")"
lines=$(grep -c . "$SCRATCH/mapped.jsonl")
[ "$lines" -eq 4 ] && pass "one result line per article" || fail "$lines result lines, want 4"

"$ANALYZE" compare --format json "$SCRATCH/mapped.jsonl" >"$SCRATCH/reduced.json" 2>"$SCRATCH/reduce.err"
(cd "$ARTICLES" && "$ANALYZE" --compare --format json "${NAMES[@]}") >"$SCRATCH/direct.json" 2>/dev/null
if cmp -s "$SCRATCH/direct.json" "$SCRATCH/reduced.json"; then pass "map-reduce report equals --compare"
else fail "map-reduce report differs from --compare: $(diff "$SCRATCH/direct.json" "$SCRATCH/reduced.json" | head -20)"; fi
finish
