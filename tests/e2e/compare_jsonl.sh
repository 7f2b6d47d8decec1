# `analyze compare` on hand-written saved results (tests/fixtures/compare/results.jsonl):
# verdicts, single-source groups, standard input, order and file splits,
# formats, and errors that name the line.
source "$(dirname "$0")/lib.bash"
RESULTS="$FIXTURES/compare/results.jsonl"

expect_status 0 "compare reads saved results" -- "$ANALYZE" compare "$RESULTS"
cp "$SCRATCH/out" "$SCRATCH/report.txt"
expect_grep "^Cross-article comparison of 4 articles" "$SCRATCH/report.txt" "summary line"
expect_grep "^5 groups with values from two articles or more: 1 conflict, 1 not comparable, 1 minor difference, 2 agree" \
  "$SCRATCH/report.txt" "verdict counts"
expect_grep "^== training cost of DeepSeek: CONFLICT" "$SCRATCH/report.txt" "training cost conflict"
expect_grep "^   B: 100 M–1 Md \(c.txt\)" "$SCRATCH/report.txt" "the vague amount is its own position"
expect_grep "\"5,6 millions de dollars\" = 5.6 M USD \[DeepSeek-V3\]" "$SCRATCH/report.txt" "a product's training cost counts for its owner"
expect_grep "^== market loss of Nvidia: NOT COMPARABLE" "$SCRATCH/report.txt" "dollars and euros are not compared"
expect_grep "currencies differ \(EUR, USD\): no exchange rates" "$SCRATCH/report.txt" "the currency mix is said"
expect_grep "^== price of OpenAI o1 per 1M tokens: AGREE" "$SCRATCH/report.txt" "per 1K and per 1M tokens agree"
expect_grep "\"0,06 dollar\" = 60 USD / 1M tokens \(from / 1K tokens\)" "$SCRATCH/report.txt" "the converted rate is shown"
expect_grep "^== cost ratio DeepSeek R1 / OpenAI o1: MINOR DIFFERENCE" "$SCRATCH/report.txt" "claim pair across articles"
if grep -q "fine of OpenAI" "$SCRATCH/report.txt"; then fail "single-source group in the default text report"; else pass "single-source groups are left out of the text"; fi
expect_grep "^2 more groups stated by one article only" "$SCRATCH/report.txt" "the text says what it left out"

expect_status 0 "--all" -- "$ANALYZE" compare --all "$RESULTS"
expect_grep "^== fine of OpenAI: INSUFFICIENT" "$SCRATCH/out" "--all lists single-source groups"

"$ANALYZE" compare --format json "$RESULTS" >"$SCRATCH/report.json"
json_check "$SCRATCH/report.json" 'd["cross_article_verdicts"] == {"conflict": 1, "not_comparable": 1, "minor_difference": 1, "agree": 2, "insufficient": 0}' "JSON verdict counts"
json_check "$SCRATCH/report.json" 'any(g["title"] == "fine of OpenAI" and not g["cross_article"] for g in d["groups"])' "JSON keeps single-source groups"
json_check "$SCRATCH/report.json" 'd["skipped_figures"] == 1 and d["figure_facts"] == 14' "fact counts"

"$ANALYZE" compare --format json - <"$RESULTS" >"$SCRATCH/stdin.json"
cmp -s "$SCRATCH/report.json" "$SCRATCH/stdin.json" && pass "- reads standard input" || fail "- differs from the file"
"$ANALYZE" compare --format json <"$RESULTS" >"$SCRATCH/implicit.json"
cmp -s "$SCRATCH/report.json" "$SCRATCH/implicit.json" && pass "no argument reads piped standard input" || fail "implicit stdin differs"
tac "$RESULTS" >"$SCRATCH/reversed.jsonl"
"$ANALYZE" compare --format json "$SCRATCH/reversed.jsonl" >"$SCRATCH/reversed.json"
cmp -s "$SCRATCH/report.json" "$SCRATCH/reversed.json" && pass "article order does not matter" || fail "reversed input changes the report"
head -n 2 "$RESULTS" >"$SCRATCH/part1.jsonl"
tail -n +3 "$RESULTS" >"$SCRATCH/part2.jsonl"
"$ANALYZE" compare --format json "$SCRATCH/part2.jsonl" "$SCRATCH/part1.jsonl" >"$SCRATCH/split.json"
cmp -s "$SCRATCH/report.json" "$SCRATCH/split.json" && pass "results split over files reduce to the same report" || fail "split input changes the report"

"$ANALYZE" compare --format jsonl -o "$SCRATCH/report.jsonl" "$RESULTS"
python3 - "$SCRATCH/report.jsonl" <<'PY' && pass "--format jsonl: a summary line, then one group a line" || fail "--format jsonl layout"
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1])]
assert lines[0]["summary"]["group_count"] == len(lines) - 1 == 7, lines[0]
assert all("verdict" in g for g in lines[1:])
PY

{ cat "$RESULTS"; echo '{"source": "broken.txt", "figures": "rien"}'; echo 'pas du JSON'; } >"$SCRATCH/bad.jsonl"
expect_status 1 "bad lines fail the run" -- "$ANALYZE" compare "$SCRATCH/bad.jsonl"
expect_grep "bad.jsonl:5: figures: expected an array" "$SCRATCH/err" "the error names line 5"
expect_grep "bad.jsonl:6: not valid JSON" "$SCRATCH/err" "the error names line 6"
expect_grep "^== training cost of DeepSeek: CONFLICT" "$SCRATCH/out" "good lines are still compared"
expect_status 1 "a missing file fails the run" -- "$ANALYZE" compare "$SCRATCH/absent.jsonl"
expect_grep "absent.jsonl: cannot read" "$SCRATCH/err" "the missing file is named"
expect_status 2 "unknown format is a usage error" -- "$ANALYZE" compare --format csv "$RESULTS"
finish
