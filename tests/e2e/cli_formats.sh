# Output formats: json (object or array), jsonl, csv (RFC 4180), text; colors.
source "$(dirname "$0")/lib.bash"

# An awkward file name: the CSV source field needs quoting.
odd="$SCRATCH/corpus/levée, \"brève\".txt"
mkdir -p "$SCRATCH/corpus"
cp "$FIXTURES"/cli_*.txt "$SCRATCH/corpus/"
cp "$FIXTURES/cli_levee.txt" "$odd"

expect_status 0 "json of a folder" -- "$ANALYZE" --format json "$SCRATCH/corpus"
cp "$SCRATCH/out" "$SCRATCH/all.json"
json_check "$SCRATCH/all.json" "isinstance(d, list) and len(d) == 6" "json: an array of six objects"
json_check "$SCRATCH/all.json" "all({'source','stats','entities','figures','claims'} <= set(x) for x in d)" "json: each object has the main keys"

expect_status 0 "json of one file" -- "$ANALYZE" --format json "$FIXTURES/cli_resultats.txt"
json_check "$SCRATCH/out" "isinstance(d, dict)" "json: one file gives one object"

expect_status 0 "jsonl of a folder" -- "$ANALYZE" --format jsonl "$SCRATCH/corpus"
cp "$SCRATCH/out" "$SCRATCH/all.jsonl"
[ "$(wc -l <"$SCRATCH/all.jsonl")" -eq 6 ] && pass "jsonl: six lines" || fail "jsonl: $(wc -l <"$SCRATCH/all.jsonl") lines, want 6"
same_json "$SCRATCH/all.jsonl" "$SCRATCH/all.json" "jsonl and json agree" __none__

# CSV: loads with Python's csv module; header; one row per figure of the JSON, same fields.
expect_status 0 "csv of a folder" -- "$ANALYZE" --format csv "$SCRATCH/corpus"
cp "$SCRATCH/out" "$SCRATCH/all.csv"
if python3 - "$SCRATCH/all.csv" "$SCRATCH/all.json" <<'EOF'
import csv, json, sys
with open(sys.argv[1], newline="", encoding="utf-8") as f:
    raw = f.read()
rows = list(csv.reader(raw.splitlines(keepends=True), strict=True))
header, body = rows[0], rows[1:]
need = ["source", "sentence", "start", "end", "text", "kind", "value", "low", "high", "currency", "unit", "per", "approx", "subject", "role"]
assert all(c in header for c in need), f"header {header}"
assert header[:6] == need[:6], f"header {header}"
assert all(len(r) == len(header) for r in body), "ragged rows"
assert raw.endswith("\r\n") and raw.count("\r\n") >= len(rows), "RFC 4180 wants CRLF line ends"
docs = json.load(open(sys.argv[2], encoding="utf-8"))
want = [(d["source"], str(f["start"]), str(f["end"]), f["text"], f["kind"]) for d in docs for f in d["figures"]]
col = {name: header.index(name) for name in header}
got = [(r[col["source"]], r[col["start"]], r[col["end"]], r[col["text"]], r[col["kind"]]) for r in body]
assert got == want, f"csv rows {got[:3]} vs json figures {want[:3]}"
EOF
then pass "csv: RFC 4180, header, one row per JSON figure"; else fail "csv: see above"; fi
expect_status 0 "csv of a file without figures" -- "$ANALYZE" --format csv "$FIXTURES/batch/notes.md"
[ "$(head -c 13 "$SCRATCH/out")" = "source,senten" ] && pass "csv: header even with no rows" || fail "csv: no header: $(head -c 100 "$SCRATCH/out")"

# Text report.
expect_status 0 "text" -- "$ANALYZE" --format text --color never "$FIXTURES/cli_levee.txt"
expect_grep "^== .*cli_levee.txt" "$SCRATCH/out" "text: a heading names the article"
expect_no_grep $'\x1b' "$SCRATCH/out" "text --color never: no escape codes"
expect_status 0 "text --color always" -- "$ANALYZE" --format text --color always "$FIXTURES/cli_levee.txt"
expect_grep $'\x1b\\[' "$SCRATCH/out" "text --color always: escape codes"
expect_status 0 "text --color auto to a pipe" -- "$ANALYZE" --format text "$FIXTURES/cli_levee.txt"
expect_no_grep $'\x1b' "$SCRATCH/out" "text --color auto to a pipe: no escape codes"

# On a terminal (a pseudo-terminal from script(1)): text by default, colored unless NO_COLOR.
if command -v script >/dev/null; then
  on_tty() { $LIMIT script -qefc "$1" /dev/null </dev/null >"$2" 2>&1; }
  on_tty "env -u NO_COLOR '$ANALYZE' '$FIXTURES/cli_levee.txt'" "$SCRATCH/tty.txt"
  expect_grep "== .*cli_levee.txt" "$SCRATCH/tty.txt" "terminal: text is the default format"
  expect_grep $'\x1b\\[' "$SCRATCH/tty.txt" "terminal: colored by default"
  on_tty "NO_COLOR=1 '$ANALYZE' '$FIXTURES/cli_levee.txt'" "$SCRATCH/tty-nocolor.txt"
  expect_no_grep $'\x1b' "$SCRATCH/tty-nocolor.txt" "terminal: NO_COLOR turns colors off"
  on_tty "NO_COLOR=1 '$ANALYZE' --color always '$FIXTURES/cli_levee.txt'" "$SCRATCH/tty-always.txt"
  expect_grep $'\x1b\\[' "$SCRATCH/tty-always.txt" "terminal: --color always wins over NO_COLOR"
  on_tty "env -u NO_COLOR '$ANALYZE' --color never '$FIXTURES/cli_levee.txt'" "$SCRATCH/tty-never.txt"
  expect_no_grep $'\x1b' "$SCRATCH/tty-never.txt" "terminal: --color never"
else
  echo "skipped: script(1) not installed, no terminal tests"
fi

finish
