# Shared helpers for the end-to-end tests; sourced, not run.
# Each test is called as: bash test.sh ANALYZE_BINARY FIXTURES_DIR SCRATCH_DIR
set -u
ANALYZE=$1
FIXTURES=$2
SCRATCH=$3
rm -rf "$SCRATCH" && mkdir -p "$SCRATCH"
failures=0

fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }

# expect_status WANT DESCRIPTION -- COMMAND...: runs COMMAND, checks its exit status.
expect_status() {
  local want=$1 what=$2; shift 3
  "$@" >"$SCRATCH/out" 2>"$SCRATCH/err"
  local got=$?
  if [ "$got" -eq "$want" ]; then pass "$what"; else fail "$what: exit $got, want $want; stderr: $(head -c 500 "$SCRATCH/err")"; fi
}

# expect_grep PATTERN FILE DESCRIPTION
expect_grep() {
  if grep -qE -- "$1" "$2"; then pass "$3"; else fail "$3: /$1/ not in $2: $(head -c 500 "$2")"; fi
}

# json_check FILE PYTHON_EXPR DESCRIPTION: evaluates EXPR with `d` bound to the parsed JSON; fails unless true.
json_check() {
  local file=$1 expr=$2 what=$3
  if python3 -c "import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if ($expr) else 1)" "$file"; then pass "$what"
  else fail "$what: ($expr) is false for $(head -c 800 "$file")"; fi
}

finish() {
  if [ "$failures" -gt 0 ]; then echo "$failures failure(s)" >&2; exit 1; fi
  exit 0
}
