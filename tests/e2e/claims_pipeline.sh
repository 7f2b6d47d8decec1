# The claim stage through the whole pipeline, on articles of our own:
# subjects and roles of amounts, comparisons, and the arithmetic check.
source "$(dirname "$0")/lib.bash"

"$ANALYZE" --format json "$FIXTURES/claims_cost_war.txt" >"$SCRATCH/war.json" 2>"$SCRATCH/err" || fail "analyze failed: $(cat "$SCRATCH/err")"
cat >"$SCRATCH/check.py" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
figures = {f["text"]: f for f in d["figures"]}
def claim(kind, a, b):
    return [c for c in d["claims"] if c["kind"] == kind and {c["subject"], c["object"]} == {a, b}]
checks = {
    "4 M€ is Vélocia's training cost": figures.get("4 millions d’euros", {}).get("subject") == "Vélocia"
        and figures["4 millions d’euros"]["role"] == "training_cost",
    "120 M€ is Brumea's": figures.get("120 millions d’euros", {}).get("subject") == "Brumea",
    "12 $ per 1M tokens is Nova-3's price": figures.get("12 dollars", {}).get("subject") == "Nova-3"
        and figures["12 dollars"]["role"] == "price",
    "0,80 $ is Vela-2's price": figures.get("0,80 dollar", {}).get("subject") == "Vela-2",
    "30 $ is Nova-3's": figures.get("30 $", {}).get("subject") == "Nova-3",
    "2 $ is Vela-2's": figures.get("2 $", {}).get("subject") == "Vela-2",
    "cost claim on the prices": any(c["subject_value"] == 12 and c["object_value"] == 0.8 for c in d["claims"]),
    "performance claim Vela-2 vs Nova-3": bool(claim("performance", "Vela-2", "Nova-3")),
    "performance claim Vela-2 vs Lumen-1": bool(claim("performance", "Vela-2", "Lumen-1")),
    "stated 97 % is consistent": any(c["ratio_text"] and "97" in c["ratio_text"] and c["verdict"] == "consistent" for c in d["claims"]),
    "the start-up's similar results": bool(claim("performance", "Vélocia", "Brumea")),
}
bad = [k for k, ok in checks.items() if not ok]
for k in bad: print("FAIL:", k)
sys.exit(1 if bad else 0)
PY
if python3 "$SCRATCH/check.py" "$SCRATCH/war.json"; then pass "cost war article"; else fail "cost war article"; fi

"$ANALYZE" --format json "$FIXTURES/claims_wrong_arithmetic.txt" >"$SCRATCH/wrong.json" 2>"$SCRATCH/err" || fail "analyze failed"
json_check "$SCRATCH/wrong.json" 'any(c["verdict"] == "inconsistent" and "95" in (c["ratio_text"] or "") for c in d["claims"])' \
  "a wrong stated percentage is flagged"
json_check "$SCRATCH/wrong.json" 'any(c["subject_value"] == 8e6 and c["object_value"] == 40e6 for c in d["claims"])' \
  "the two training costs are compared"

"$ANALYZE" --format text --color never "$FIXTURES/claims_wrong_arithmetic.txt" >"$SCRATCH/wrong.txt" || fail "text report failed"
expect_grep "INCONSISTENT" "$SCRATCH/wrong.txt" "the text report shows the verdict"
expect_grep "Claims by subject" "$SCRATCH/wrong.txt" "the text report groups claims by subject"
finish
