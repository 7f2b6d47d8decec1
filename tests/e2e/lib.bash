# Shared helpers for the end-to-end tests; sourced, not run.
# Each test is called as: bash test.sh ANALYZE_BINARY FIXTURES_DIR SCRATCH_DIR
set -u
ANALYZE=$1
FIXTURES=$2
SCRATCH=$3
rm -rf "$SCRATCH" && mkdir -p "$SCRATCH"
failures=0
# Commands that could block (a FIFO, a hang) are bounded; ctest's TIMEOUT is the last resort.
LIMIT="timeout --kill-after=10 240"

fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }

# expect_status WANT DESCRIPTION -- COMMAND...: runs COMMAND, checks its exit status.
# Its standard output and error are left in $SCRATCH/out and $SCRATCH/err.
expect_status() {
  local want=$1 what=$2; shift 3
  if [ "$(type -t "$1")" = file ]; then $LIMIT "$@"; else "$@"; fi >"$SCRATCH/out" 2>"$SCRATCH/err"
  local got=$?
  if [ "$got" -eq "$want" ]; then pass "$what"; else fail "$what: exit $got, want $want; stderr: $(head -c 500 "$SCRATCH/err")"; fi
}

# expect_grep PATTERN FILE DESCRIPTION
expect_grep() {
  if grep -qE -- "$1" "$2"; then pass "$3"; else fail "$3: /$1/ not in $2: $(head -c 500 "$2")"; fi
}

# expect_no_grep PATTERN FILE DESCRIPTION
expect_no_grep() {
  if grep -qE -- "$1" "$2"; then fail "$3: /$1/ found in $2: $(grep -m3 -E -- "$1" "$2" | head -c 500)"; else pass "$3"; fi
}

# json_check FILE PYTHON_EXPR DESCRIPTION: evaluates EXPR with `d` bound to the parsed JSON; fails unless true.
json_check() {
  local file=$1 expr=$2 what=$3
  if python3 -c "import json,sys; d=json.load(open(sys.argv[1], encoding='utf-8')); sys.exit(0 if ($expr) else 1)" "$file"; then pass "$what"
  else fail "$what: ($expr) is false for $(head -c 800 "$file")"; fi
}

# jsonl_check FILE PYTHON_EXPR DESCRIPTION: as json_check, with `d` the list of the lines' objects.
jsonl_check() {
  local file=$1 expr=$2 what=$3
  if python3 -c "import json,sys; d=[json.loads(l) for l in open(sys.argv[1], encoding='utf-8')]; sys.exit(0 if ($expr) else 1)" "$file"; then pass "$what"
  else fail "$what: ($expr) is false for $(head -c 800 "$file")"; fi
}

# same_json A B DESCRIPTION [KEY...]: A and B (JSON, or JSON Lines when the
# name ends in .jsonl) are equal once KEYs are removed from every object at
# any depth ("source" by default).
same_json() {
  local a=$1 b=$2 what=$3; shift 3
  local keys=${*:-source}
  local diff
  diff=$(python3 - "$a" "$b" $keys <<'EOF'
import json, sys
def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f] if path.endswith(".jsonl") else json.load(f)
def strip(v, keys):
    if isinstance(v, dict): return {k: strip(x, keys) for k, x in v.items() if k not in keys}
    if isinstance(v, list): return [strip(x, keys) for x in v]
    return v
a, b = (strip(load(p), set(sys.argv[3:])) for p in sys.argv[1:3])
if a != b:
    print(json.dumps(a, ensure_ascii=False)[:400]); print("  vs"); print(json.dumps(b, ensure_ascii=False)[:400])
EOF
)
  if [ -z "$diff" ]; then pass "$what"; else fail "$what: $diff"; fi
}

# peak_rss_kib COMMAND...: runs COMMAND (output to /dev/null) and prints its
# peak resident memory in KiB, from the kernel's accounting of the waited-for
# child (wait4's ru_maxrss, through GNU time). Not Python's
# getrusage(RUSAGE_CHILDREN): a child forked from Python starts with Python's
# own high-water mark (about 14 MB), which would hide a smaller program's.
# With SLOW_READER=1 the output goes to a pipe read only after a pause, so a
# writer that does not wait for its reader would pile results up in memory.
peak_rss_kib() {
  local rss=$SCRATCH/peak_rss.txt
  if [ ! -x /usr/bin/time ]; then echo "peak_rss_kib: /usr/bin/time missing (Debian package time)" >&2; echo 999999999; return; fi
  if [ "${SLOW_READER:-}" = 1 ]; then
    $LIMIT /usr/bin/time -o "$rss" -f %M "$@" 2>/dev/null | { sleep 1; cat >/dev/null; }
  else
    $LIMIT /usr/bin/time -o "$rss" -f %M "$@" >/dev/null 2>&1
  fi
  tail -n 1 "$rss"
}

# unprivileged COMMAND...: runs COMMAND as user nobody when we are root (root
# reads chmod 000 files), as is otherwise. Returns 125 when that is impossible.
unprivileged() {
  if [ "$(id -u)" -ne 0 ]; then "$@"; return; fi
  command -v setpriv >/dev/null || return 125
  setpriv --reuid=65534 --regid=65534 --clear-groups -- "$@"
}

# shared_dir: prints a fresh folder every user can enter, holding a copy of
# the binary as "analyze" (the scratch folder may sit under a path user
# nobody cannot traverse). The caller removes it.
shared_dir() {
  local dir
  dir=$(mktemp -d "${TMPDIR:-/tmp}/analyze-e2e.XXXXXX") && chmod 755 "$dir" &&
    cp "$ANALYZE" "$dir/analyze" && chmod 755 "$dir/analyze" && echo "$dir"
}

# expect_unprivileged WANT WHAT DIR ARGS...: runs DIR/analyze ARGS as user
# nobody (see unprivileged), output in $SCRATCH/out and err, and checks its
# exit status. Returns 1, having said so, when that cannot be done.
expect_unprivileged() {
  local want=$1 what=$2 dir=$3; shift 3
  unprivileged "$dir/analyze" "$@" >"$SCRATCH/out" 2>"$SCRATCH/err"
  local got=$?
  if [ "$got" -eq 125 ]; then echo "skipped: $what (root without setpriv)"; return 1; fi
  if [ "$got" -eq "$want" ]; then pass "$what: exit $want"; else fail "$what: exit $got, want $want: $(head -c 300 "$SCRATCH/err")"; fi
}

# generate_inputs: runs the Python code on standard input with `out` (the
# scratch folder) and `write(name, str_or_bytes)` defined; for inputs too
# big, or too odd, to commit.
generate_inputs() {
  python3 -c "$(printf '%s\n' 'import os, sys' 'out = sys.argv[1]' 'def write(name, data):' \
    '    with open(os.path.join(out, name), "wb") as f:' \
    '        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))'; cat)" "$SCRATCH"
}

# check_output FILE WHAT: valid JSON, every number finite (no inf, nan, or a
# number Python reads as infinite), and no "inf"/"nan" value in the text report.
check_output() {
  if python3 - "$1" <<'EOF'
import json, math, sys
def reject(token): raise ValueError(f"non-finite number {token}")
doc = json.loads(open(sys.argv[1], encoding="utf-8").read(), parse_constant=reject)
def walk(v):
    if isinstance(v, float) and not math.isfinite(v): raise ValueError(f"non-finite number {v}")
    if isinstance(v, dict): [walk(x) for x in v.values()]
    if isinstance(v, list): [walk(x) for x in v]
walk(doc)
EOF
  then pass "$2: valid JSON, finite numbers"; else fail "$2: bad JSON output"; fi
}

# run_hostile NAME WANT_EXIT [json]: runs analyze on SCRATCH/NAME.txt in
# json, text and csv (json only when asked: the big inputs).
run_hostile() {
  local name=$1 want=$2 only=${3:-}
  expect_status "$want" "$name: exit $want" -- "$ANALYZE" --format json "$SCRATCH/$name.txt"
  cp "$SCRATCH/out" "$SCRATCH/$name.json"; cp "$SCRATCH/err" "$SCRATCH/$name.err"
  [ "$want" -eq 0 ] && check_output "$SCRATCH/$name.json" "$name"
  [ "$only" = json ] && return
  $LIMIT "$ANALYZE" --format text --color never "$SCRATCH/$name.txt" >"$SCRATCH/$name.text" 2>/dev/null
  expect_no_grep '(^|[^[:alpha:]])-?(inf|nan)([^[:alpha:]]|$)' "$SCRATCH/$name.text" "$name: no inf or nan in the text report"
  $LIMIT "$ANALYZE" --format csv "$SCRATCH/$name.txt" >"$SCRATCH/$name.csv" 2>/dev/null
  expect_no_grep ',-?(inf|nan),' "$SCRATCH/$name.csv" "$name: no inf or nan in the CSV"
}

finish() {
  if [ "$failures" -gt 0 ]; then echo "$failures failure(s)" >&2; exit 1; fi
  exit 0
}

# make_corpus DIR COUNT [jsonl]: writes COUNT generated French articles, made
# from the fixture paragraphs with their numbers changed, as DIR/NN/article_NNNNN.txt
# (100 a folder), or with "jsonl" as the records {"id", "text"} of DIR (a file).
make_corpus() {
  python3 - "$FIXTURES" "$@" <<'EOF_PY'
import glob, json, os, random, re, sys
fixtures, dest, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
as_jsonl = len(sys.argv) > 4 and sys.argv[4] == "jsonl"
paragraphs = []
for path in sorted(glob.glob(os.path.join(fixtures, "cli_*.txt")) + glob.glob(os.path.join(fixtures, "batch", "**", "*.txt"), recursive=True)):
    paragraphs += [p for p in open(path, encoding="utf-8").read().split("\n\n") if p.strip()]
rng = random.Random(20240601)
def article():
    chosen = rng.sample(paragraphs, k=min(len(paragraphs), rng.randint(2, 5)))
    text = "\n\n".join(chosen)
    return re.sub(r"\d+", lambda m: str(rng.randint(1, 999)), text) + "\n"
out = open(dest, "w", encoding="utf-8") if as_jsonl else None
for i in range(count):
    if as_jsonl:
        out.write(json.dumps({"id": f"art-{i:05d}", "text": article()}, ensure_ascii=False) + "\n")
    else:
        folder = os.path.join(dest, f"{i // 100:02d}")
        os.makedirs(folder, exist_ok=True)
        open(os.path.join(folder, f"article_{i:05d}.txt"), "w", encoding="utf-8").write(article())
EOF_PY
}
