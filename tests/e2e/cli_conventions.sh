# CLI conventions: --help, --version, exit codes, usage errors on stderr.
source "$(dirname "$0")/lib.bash"

expect_status 0 "--version" -- "$ANALYZE" --version
expect_grep "^analyze [0-9]+\.[0-9]+\.[0-9]+" "$SCRATCH/out" "--version prints 'analyze X.Y.Z'"

expect_status 0 "--help" -- "$ANALYZE" --help
for option in --format --output --glob --color --jobs --quiet --input-format --version; do
  expect_grep "$option" "$SCRATCH/out" "--help lists $option"
done
expect_grep "Exit status" "$SCRATCH/out" "--help states the exit codes"
[ -s "$SCRATCH/err" ] && fail "--help writes nothing on stderr" || pass "--help: stderr empty"

expect_status 0 "a good file exits 0" -- "$ANALYZE" --format json "$FIXTURES/cli_levee.txt"
[ -s "$SCRATCH/err" ] && fail "a good file: stderr should be empty: $(cat "$SCRATCH/err")" || pass "a good file: stderr empty"

# Usage errors: exit 2, a message on stderr, nothing on stdout.
usage_error() {
  local what=$1; shift
  expect_status 2 "usage error: $what" -- "$@"
  expect_grep "^analyze: " "$SCRATCH/err" "usage error on stderr: $what"
  [ -s "$SCRATCH/out" ] && fail "usage error: $what: stdout not empty" || pass "usage error: $what: stdout empty"
}
usage_error "unknown option" "$ANALYZE" --no-such-option "$FIXTURES/cli_levee.txt"
usage_error "bad --format" "$ANALYZE" --format yaml "$FIXTURES/cli_levee.txt"
usage_error "bad --color" "$ANALYZE" --color sometimes "$FIXTURES/cli_levee.txt"
usage_error "bad --input-format" "$ANALYZE" --input-format xml "$FIXTURES/cli_levee.txt"
usage_error "-j not a number" "$ANALYZE" -j many "$FIXTURES/cli_levee.txt"
usage_error "missing gazetteer" "$ANALYZE" --gazetteer "$SCRATCH/none.tsv" "$FIXTURES/cli_levee.txt"
if command -v script >/dev/null; then
  # No argument and stdin a terminal: nothing to read.
  $LIMIT script -qefc "'$ANALYZE'; echo \"exit=\$?\"" /dev/null </dev/null >"$SCRATCH/tty.txt" 2>&1
  expect_grep "no input" "$SCRATCH/tty.txt" "no argument on a terminal: says there is no input"
  expect_grep "exit=2" "$SCRATCH/tty.txt" "no argument on a terminal: exit 2"
fi

# A failed input: exit 1, the message names the file and the reason.
expect_status 1 "missing file exits 1" -- "$ANALYZE" --format json "$SCRATCH/absent.txt"
expect_grep "^analyze: .*absent.txt: cannot open: No such file or directory" "$SCRATCH/err" "missing file: named, with the reason"
expect_status 1 "a folder with no matching file, among files" -- "$ANALYZE" --format json --glob '*.none' "$FIXTURES/batch" "$FIXTURES/cli_levee.txt"
expect_grep "batch: no file matches \*\.none" "$SCRATCH/err" "a folder with no matching file: said"
json_check "$SCRATCH/out" "len(d) == 1" "the good file is still reported"

# --gazetteer takes one file per use: the next argument is an input again.
printf 'company\tHexaflow\tHXF\n' >"$SCRATCH/extra.tsv"
expect_status 0 "--gazetteer FILE then an article" -- "$ANALYZE" --format json --gazetteer "$SCRATCH/extra.tsv" "$FIXTURES/cli_levee.txt"
json_check "$SCRATCH/out" "isinstance(d, dict) and d['source'].endswith('cli_levee.txt')" "--gazetteer does not swallow the article"

# -j 0 means all cores; a huge -j is capped by the number of inputs.
expect_status 0 "-j 0" -- "$ANALYZE" -j 0 --format jsonl "$FIXTURES/batch"
expect_status 0 "-j 64" -- "$ANALYZE" -j 64 --format jsonl "$FIXTURES/batch"

finish
