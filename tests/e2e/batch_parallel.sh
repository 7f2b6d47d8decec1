# Batch: the same output, in input order, whatever -j; the progress bar only on
# a terminal, cleared at the end, never mixed with messages.
source "$(dirname "$0")/lib.bash"

make_corpus "$SCRATCH/corpus" 300
: >"$SCRATCH/corpus/02/article_00250_empty.txt"

for jobs in 1 2 3; do
  "$ANALYZE" -j $jobs --format json "$SCRATCH/corpus" >"$SCRATCH/j$jobs.json" 2>"$SCRATCH/j$jobs.err"
  echo "exit=$?" >>"$SCRATCH/j$jobs.err"
done
json_check "$SCRATCH/j1.json" "len(d) == 300" "-j 1: 300 reports (the empty file left out)"
json_check "$SCRATCH/j1.json" "[x['source'] for x in d] == sorted(x['source'] for x in d)" "-j 1: sorted order"
for jobs in 2 3; do
  cmp -s "$SCRATCH/j1.json" "$SCRATCH/j$jobs.json" && pass "-j $jobs: byte-identical to -j 1" || fail "-j $jobs: output differs from -j 1"
  cmp -s "$SCRATCH/j1.err" "$SCRATCH/j$jobs.err" && pass "-j $jobs: same messages and exit code" || fail "-j $jobs: stderr differs: $(cat "$SCRATCH/j$jobs.err")"
done
expect_grep "article_00250_empty.txt: empty" "$SCRATCH/j1.err" "the empty file is named"
expect_grep "exit=1" "$SCRATCH/j1.err" "the empty file makes the exit code 1"

for jobs in 1 2; do "$ANALYZE" -j $jobs --format jsonl "$SCRATCH/corpus" >"$SCRATCH/j$jobs.jsonl" 2>/dev/null; done
cmp -s "$SCRATCH/j1.jsonl" "$SCRATCH/j2.jsonl" && pass "jsonl: -j 2 identical to -j 1" || fail "jsonl: -j 2 differs"
same_json "$SCRATCH/j1.jsonl" "$SCRATCH/j1.json" "jsonl and json agree" __none__
for jobs in 1 2; do "$ANALYZE" -j $jobs --format csv "$SCRATCH/corpus" >"$SCRATCH/j$jobs.csv" 2>/dev/null; done
cmp -s "$SCRATCH/j1.csv" "$SCRATCH/j2.csv" && pass "csv: -j 2 identical to -j 1" || fail "csv: -j 2 differs"

# Not a terminal: stderr only has whole lines, no carriage return or escape code.
expect_no_grep $'\r|\x1b' "$SCRATCH/j2.err" "no terminal: no progress bar drawn"

if command -v script >/dev/null; then
  # stderr on a pseudo-terminal, the report in a file: the typescript is what the user sees.
  $LIMIT script -qefc "'$ANALYZE' -j 2 --format jsonl -o '$SCRATCH/tty.jsonl' '$SCRATCH/corpus'" /dev/null </dev/null >"$SCRATCH/tty.txt" 2>&1
  expect_grep $'\r\\[[=> ]+\\] [0-9]+/301 files +[0-9]+%  [0-9.]+ MB/s' "$SCRATCH/tty.txt" "terminal: progress bar (files done/total, %, MB/s)"
  expect_grep "ETA [0-9]+:[0-9]{2}" "$SCRATCH/tty.txt" "terminal: progress bar has an ETA"
  expect_grep $'\r\x1b\\[Kanalyze: .*article_00250_empty.txt: empty' "$SCRATCH/tty.txt" "terminal: the bar is erased before a message"
  if python3 -c "import sys; t=open(sys.argv[1],'rb').read(); sys.exit(0 if t.rfind(b'\\r\\x1b[K') > t.rfind(b'\\r[') else 1)" "$SCRATCH/tty.txt"
  then pass "terminal: the bar is erased at the end"; else fail "terminal: the bar is left on screen: $(tail -c 80 "$SCRATCH/tty.txt" | od -c | tail -3)"; fi
  cmp -s "$SCRATCH/tty.jsonl" "$SCRATCH/j1.jsonl" && pass "terminal: the report is unchanged" || fail "terminal: the report differs"
  $LIMIT script -qefc "'$ANALYZE' -q --format jsonl -o '$SCRATCH/quiet.jsonl' '$SCRATCH/corpus'" /dev/null </dev/null >"$SCRATCH/tty-quiet.txt" 2>&1
  expect_no_grep $'\r\\[' "$SCRATCH/tty-quiet.txt" "--quiet: no progress bar on a terminal"
  expect_grep "article_00250_empty.txt: empty" "$SCRATCH/tty-quiet.txt" "--quiet: errors still shown"
  $LIMIT script -qefc "'$ANALYZE' --format jsonl -o '$SCRATCH/one.jsonl' '$FIXTURES/cli_levee.txt'" /dev/null </dev/null >"$SCRATCH/tty-one.txt" 2>&1
  [ -s "$SCRATCH/tty-one.txt" ] && fail "one file: no progress bar: $(od -c "$SCRATCH/tty-one.txt" | head -3)" || pass "one file: no progress bar"
else
  echo "skipped: script(1) not installed, no terminal tests"
fi

finish
