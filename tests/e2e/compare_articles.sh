# `analyze --compare` on four French articles that disagree on DeepSeek's
# training cost and on o1's price; and the same report from saved JSONL.
# The checks marked [claims] rest on the figure, entity and claim stages
# (subject and role of each amount).
source "$(dirname "$0")/lib.bash"
ARTICLES="$FIXTURES/compare/articles"
in_articles() { (cd "$ARTICLES" && "$@" a1_couts_officiels.txt a2_analystes.txt a3_comparatif.txt a4_bourse.txt); }

in_articles "$ANALYZE" --compare --format json >"$SCRATCH/direct.json" 2>"$SCRATCH/direct.err"
status=$?
[ "$status" -eq 0 ] && pass "--compare exits 0" || fail "--compare exit $status: $(head -c 300 "$SCRATCH/direct.err")"
json_check "$SCRATCH/direct.json" 'd["articles"] == 4' "--compare counts the four articles"

in_articles "$ANALYZE" --format jsonl >"$SCRATCH/results.jsonl" 2>/dev/null
"$ANALYZE" compare --format json "$SCRATCH/results.jsonl" >"$SCRATCH/saved.json" 2>"$SCRATCH/saved.err"
if cmp -s "$SCRATCH/direct.json" "$SCRATCH/saved.json"; then pass "compare of saved JSONL equals --compare"
else fail "compare of saved JSONL differs from --compare: $(diff "$SCRATCH/direct.json" "$SCRATCH/saved.json" | head -20)"; fi

"$ANALYZE" compare --format json - <"$SCRATCH/results.jsonl" >"$SCRATCH/stdin.json" 2>/dev/null
cmp -s "$SCRATCH/direct.json" "$SCRATCH/stdin.json" && pass "compare - reads standard input" || fail "compare - differs"

in_articles "$ANALYZE" --compare -j 1 --format json >"$SCRATCH/one_job.json" 2>/dev/null
cmp -s "$SCRATCH/direct.json" "$SCRATCH/one_job.json" && pass "--compare -j 1 gives the same report" || fail "--compare -j 1 differs"

in_articles "$ANALYZE" --compare >"$SCRATCH/direct.txt" 2>/dev/null
expect_grep "^Cross-article comparison of 4 articles" "$SCRATCH/direct.txt" "--compare writes text by default"
expect_status 2 "--compare refuses csv" -- in_articles "$ANALYZE" --compare --format csv

# [claims] What the articles say, once each amount has its subject and role.
group='next(g for g in d["groups"] if '
json_check "$SCRATCH/direct.json" \
  "${group}g['role'] == 'training_cost' and 'DeepSeek' in g['names'])['verdict'] == 'conflict'" \
  "[claims] training cost of DeepSeek: conflict"
json_check "$SCRATCH/direct.json" \
  "[p['sources'] for p in ${group}g['role'] == 'training_cost' and 'DeepSeek' in g['names'])['positions']] == [['a1_couts_officiels.txt', 'a3_comparatif.txt', 'a4_bourse.txt'], ['a2_analystes.txt']]" \
  "[claims] training cost: 5,6 M, < 6 M and 6 M against a few hundred million"
json_check "$SCRATCH/direct.json" \
  "${group}g['role'] == 'price' and 'o1' in g['names'] and g['per'] == '1M tokens')['verdict'] == 'conflict'" \
  "[claims] price of o1 per 1M tokens: conflict (15 against 60)"
json_check "$SCRATCH/direct.json" \
  "abs(next(v for v in ${group}g['role'] == 'price' and 'o1' in g['names'])['values'] if v['source'] == 'a2_analystes.txt')['written']['low'] - 60) < 1e-9" \
  "[claims] 0,06 \$ per 1 000 tokens is 60 \$ per 1M tokens"
json_check "$SCRATCH/direct.json" \
  "${group}g['role'] == 'price' and 'R1' in ' '.join(g['names']))['verdict'] in ('minor_difference', 'agree')" \
  "[claims] price of R1: 2,19 \$ and 2 \$ agree within rounding"
expect_grep "training cost of DeepSeek: CONFLICT" "$SCRATCH/direct.txt" "[claims] the text report shows the conflict"
finish
