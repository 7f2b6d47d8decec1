# Inputs: FILE, - and piped stdin, DIR (recursive, sorted, --glob), -o.
source "$(dirname "$0")/lib.bash"

# Every fixture article: the file and the same bytes on stdin give the same JSON.
for f in "$FIXTURES"/cli_*.txt; do
  name=$(basename "$f" .txt)
  "$ANALYZE" --format json "$f" >"$SCRATCH/$name.file.json" 2>"$SCRATCH/err" || fail "$name: exit $?: $(cat "$SCRATCH/err")"
  cat "$f" | "$ANALYZE" --format json - >"$SCRATCH/$name.stdin.json" 2>"$SCRATCH/err" || fail "$name from stdin: exit $?"
  same_json "$SCRATCH/$name.file.json" "$SCRATCH/$name.stdin.json" "$name: FILE and '-' agree"
  json_check "$SCRATCH/$name.file.json" "isinstance(d, dict) and d['source'].endswith('$name.txt')" "$name: one object, source is the path"
  json_check "$SCRATCH/$name.stdin.json" "d['source'] == '-'" "$name: source of stdin is '-'"
done

# No argument and piped stdin reads stdin.
"$ANALYZE" --format json <"$FIXTURES/cli_levee.txt" >"$SCRATCH/noarg.json" 2>"$SCRATCH/err"
same_json "$SCRATCH/noarg.json" "$SCRATCH/cli_levee.stdin.json" "no argument reads piped stdin"

# A folder: every *.txt, recursively, in sorted path order, as one JSON array.
expect_status 0 "folder runs" -- "$ANALYZE" --format json "$FIXTURES/batch"
cp "$SCRATCH/out" "$SCRATCH/batch.json"
want=$(cd "$FIXTURES" && find batch -name '*.txt' | LC_ALL=C sort | python3 -c 'import sys,json; print(json.dumps([l.strip() for l in sys.stdin]))')
json_check "$SCRATCH/batch.json" "[x['source'].split('fixtures/',1)[1] for x in d] == $want" "folder: all *.txt files, sorted"
json_check "$SCRATCH/batch.json" "not any(x['source'].endswith('.md') for x in d)" "folder: other files left out"

# A folder holding one file still gives an array: the shape follows the arguments.
mkdir -p "$SCRATCH/one" && cp "$FIXTURES/cli_amende.txt" "$SCRATCH/one/"
"$ANALYZE" --format json "$SCRATCH/one" >"$SCRATCH/one.json"
json_check "$SCRATCH/one.json" "isinstance(d, list) and len(d) == 1" "folder of one file: array of one"

# Several FILE arguments: array, in argument order (not sorted).
"$ANALYZE" --format json "$FIXTURES/cli_rachat.txt" "$FIXTURES/cli_amende.txt" >"$SCRATCH/two.json"
json_check "$SCRATCH/two.json" "[x['source'].rsplit('/',1)[1] for x in d] == ['cli_rachat.txt', 'cli_amende.txt']" "files: array in argument order"

# --glob changes the pattern.
expect_status 0 "--glob '*.md'" -- "$ANALYZE" --format json --glob '*.md' "$FIXTURES/batch"
json_check "$SCRATCH/out" "[x['source'].rsplit('/',1)[1] for x in d] == ['notes.md']" "--glob selects the .md file only"
expect_status 0 "--glob '0*.txt'" -- "$ANALYZE" --format jsonl --glob '0*.txt' "$FIXTURES/batch"
jsonl_check "$SCRATCH/out" "[x['source'].rsplit('/',1)[1] for x in d] == ['01_nuage.txt', '02_telecom.txt', '03_semiconducteurs.txt', '04_logiciel.txt']" "--glob '0*.txt': the four matches, sorted by path"
expect_status 1 "--glob matching nothing exits 1" -- "$ANALYZE" --format json --glob '*.none' "$FIXTURES/batch"
expect_grep "batch: no file matches" "$SCRATCH/err" "--glob matching nothing says so"

# -o writes the report to a file, nothing on stdout.
expect_status 0 "-o FILE" -- "$ANALYZE" --format jsonl -o "$SCRATCH/report.jsonl" "$FIXTURES/batch"
[ -s "$SCRATCH/out" ] && fail "-o: stdout should be empty" || pass "-o: stdout empty"
jsonl_check "$SCRATCH/report.jsonl" "len(d) == 5" "-o: the file holds the five reports"
same_json "$SCRATCH/report.jsonl" "$SCRATCH/batch.json" "-o jsonl matches the JSON array" __none__
expect_status 2 "-o into a missing folder is a usage error" -- "$ANALYZE" -o "$SCRATCH/no/such/dir/x.json" "$FIXTURES/cli_levee.txt"
expect_grep "cannot write" "$SCRATCH/err" "-o failure names the problem"

finish
