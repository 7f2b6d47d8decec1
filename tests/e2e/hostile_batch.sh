# Hostile folders: symbolic link loops, a FIFO, a dangling link, an
# unreadable subfolder, a file that disappears mid-batch. Each gets a clear
# message naming it, nothing blocks, and every good file is still reported.
source "$(dirname "$0")/lib.bash"

corpus=$SCRATCH/corpus
mkdir -p "$corpus/sub"
cp "$FIXTURES/cli_levee.txt" "$corpus/a_good.txt"
cp "$FIXTURES/cli_amende.txt" "$corpus/m_good.txt"
cp "$FIXTURES/cli_rachat.txt" "$corpus/sub/z_good.txt"
ln -s loop_b.txt "$corpus/loop_a.txt"          # a -> b -> a
ln -s loop_a.txt "$corpus/loop_b.txt"
ln -s self.txt "$corpus/self.txt"              # a link to itself
ln -s .. "$corpus/sub/up"                      # a folder loop: never followed
ln -s ../.. "$corpus/sub/up.txt"               # ...even when its name matches
ln -s nowhere.txt "$corpus/dangling.txt"       # a file gone before the listing
mkfifo "$corpus/fifo.txt"                      # nobody ever writes to it
ln -s "$(realpath "$FIXTURES/cli_resultats.txt")" "$corpus/linked_good.txt"

for jobs in 1 2; do
  expect_status 1 "hostile folder, -j $jobs: exit 1, no hang" -- "$ANALYZE" -j $jobs --format jsonl "$corpus"
  cp "$SCRATCH/out" "$SCRATCH/j$jobs.jsonl"; cp "$SCRATCH/err" "$SCRATCH/j$jobs.err"
done
jsonl_check "$SCRATCH/j1.jsonl" "[x['source'].split('/corpus/')[1] for x in d] == ['a_good.txt', 'linked_good.txt', 'm_good.txt', 'sub/z_good.txt']" "every good file reported, in order (a link to a file is read)"
err=$SCRATCH/j1.err
expect_grep "^analyze: .*corpus/loop_a.txt: cannot read: Too many levels of symbolic links" "$err" "link loop: named, with the reason"
expect_grep "^analyze: .*corpus/loop_b.txt: cannot read: Too many levels of symbolic links" "$err" "link loop, other end: named"
expect_grep "^analyze: .*corpus/self.txt: cannot read: Too many levels of symbolic links" "$err" "link to itself: named"
expect_grep "^analyze: .*corpus/dangling.txt: cannot read: No such file or directory" "$err" "dangling link: named, with the reason"
expect_grep "^analyze: .*corpus/fifo.txt: skipped: a FIFO, not a regular file" "$err" "FIFO: skipped, said so"
[ "$(grep -c '^analyze: ' "$err")" -eq 5 ] && pass "five messages, one per bad entry" || fail "messages: $(cat "$err")"
cmp -s "$SCRATCH/j1.jsonl" "$SCRATCH/j2.jsonl" && cmp -s "$err" "$SCRATCH/j2.err" && pass "-j 2: same output and messages" || fail "-j 2 differs"

# A FIFO named on the command line is read like a pipe (as in <(command)).
"$ANALYZE" --format json <(cat "$FIXTURES/cli_levee.txt") >"$SCRATCH/procsub.json" 2>&1 && pass "a pipe named on the command line is read" || fail "process substitution: $(cat "$SCRATCH/procsub.json")"

# An unreadable subfolder (for user nobody): said, and the rest is read.
shared=$(shared_dir)
mkdir -p "$shared/tree/locked" "$shared/tree/open"
cp "$FIXTURES/cli_levee.txt" "$shared/tree/a.txt"
cp "$FIXTURES/cli_amende.txt" "$shared/tree/locked/b.txt"
cp "$FIXTURES/cli_rachat.txt" "$shared/tree/open/c.txt"
chmod -R a+rX "$shared/tree" && chmod 000 "$shared/tree/locked"
if expect_unprivileged 1 "unreadable subfolder" "$shared" --format jsonl "$shared/tree"; then
  expect_grep "^analyze: .*tree/locked: cannot read folder: Permission denied" "$SCRATCH/err" "unreadable subfolder: named, with the reason"
  jsonl_check "$SCRATCH/out" "[x['source'].split('/tree/')[1] for x in d] == ['a.txt', 'open/c.txt']" "unreadable subfolder: the rest is read, in order"
fi
chmod 755 "$shared/tree/locked"; rm -rf "$shared"

# Files changed between the listing of their folder and their reading: one
# removed, one replaced by a FIFO (refused without blocking). Deterministic
# without timing: analyze lists the whole folder when it enters it, and once
# it has written its first byte it can read at most a pipe's capacity (64 KiB)
# of reports plus its window of articles in flight before the writes block
# until we read; the changed files come hundreds of reports later.
mkdir -p "$SCRATCH/vanish"
for i in $(seq -w 0 999); do cp "$FIXTURES/cli_amende.txt" "$SCRATCH/vanish/$i.txt"; done
"$ANALYZE" -j 1 --format jsonl "$SCRATCH/vanish" 2>"$SCRATCH/err" | {
  dd bs=1 count=1 of=/dev/null 2>/dev/null
  rm "$SCRATCH/vanish/999.txt"
  rm "$SCRATCH/vanish/998.txt" && mkfifo "$SCRATCH/vanish/998.txt"
  cat
} >"$SCRATCH/out"
status=${PIPESTATUS[0]}
[ "$status" -eq 1 ] && pass "files changed mid-batch: exit 1, no hang" || fail "files changed mid-batch: exit $status"
expect_grep "^analyze: .*vanish/999.txt: cannot (open|read): No such file or directory" "$SCRATCH/err" "file removed mid-batch: named, with the reason"
expect_grep "^analyze: .*vanish/998.txt: skipped: a FIFO, not a regular file" "$SCRATCH/err" "file turned FIFO mid-batch: skipped, said so"
[ "$(wc -l <"$SCRATCH/out")" -eq 998 ] && pass "files changed mid-batch: the 998 others reported" || fail "files changed mid-batch: $(wc -l <"$SCRATCH/out") reports"

finish
