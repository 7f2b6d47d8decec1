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
shared=$(world_readable_dir)
cp "$ANALYZE" "$shared/analyze" && chmod 755 "$shared/analyze"
mkdir -p "$shared/tree/locked" "$shared/tree/open"
cp "$FIXTURES/cli_levee.txt" "$shared/tree/a.txt"
cp "$FIXTURES/cli_amende.txt" "$shared/tree/locked/b.txt"
cp "$FIXTURES/cli_rachat.txt" "$shared/tree/open/c.txt"
chmod -R a+rX "$shared/tree" && chmod 000 "$shared/tree/locked"
unprivileged "$shared/analyze" --format jsonl "$shared/tree" >"$SCRATCH/out" 2>"$SCRATCH/err"
status=$?
if [ "$status" -eq 125 ]; then echo "skipped: unreadable folder (root without setpriv)"
else
  [ "$status" -eq 1 ] && pass "unreadable subfolder: exit 1" || fail "unreadable subfolder: exit $status: $(cat "$SCRATCH/err")"
  expect_grep "^analyze: .*tree/locked: cannot read folder: Permission denied" "$SCRATCH/err" "unreadable subfolder: named, with the reason"
  jsonl_check "$SCRATCH/out" "[x['source'].split('/tree/')[1] for x in d] == ['a.txt', 'open/c.txt']" "unreadable subfolder: the rest is read, in order"
fi
chmod 755 "$shared/tree/locked"; rm -rf "$shared"

# A file removed between the listing and its reading. The first argument is a
# FIFO that analyze reads first (-j 1) and that we open for writing only once
# analyze has listed the folder and is waiting on it; we remove b.txt, then
# let the FIFO's text through.
gate=$SCRATCH/gate.fifo
mkfifo "$gate"
mkdir -p "$SCRATCH/vanish"
for f in a b c; do cp "$FIXTURES/cli_levee.txt" "$SCRATCH/vanish/$f.txt"; done
$LIMIT bash -c 'exec 3>"$1"; rm "$2"; echo "Texte venu du tube." >&3' _ "$gate" "$SCRATCH/vanish/b.txt" &
writer=$!
expect_status 1 "file removed mid-batch: exit 1" -- "$ANALYZE" -j 1 --format jsonl "$gate" "$SCRATCH/vanish"
wait "$writer"
jsonl_check "$SCRATCH/out" "[x['source'].rsplit('/',1)[1] for x in d] == ['gate.fifo', 'a.txt', 'c.txt']" "file removed mid-batch: the others reported"
expect_grep "^analyze: .*vanish/b.txt: cannot open: No such file or directory" "$SCRATCH/err" "file removed mid-batch: named, with the reason"

# A regular file replaced by a FIFO after the listing: refused without blocking.
mkfifo "$SCRATCH/gate2.fifo"
mkdir -p "$SCRATCH/swap" && cp "$FIXTURES/cli_levee.txt" "$SCRATCH/swap/a.txt" && cp "$FIXTURES/cli_levee.txt" "$SCRATCH/swap/b.txt"
$LIMIT bash -c 'exec 3>"$1"; rm "$2"; mkfifo "$2"; echo "Texte." >&3' _ "$SCRATCH/gate2.fifo" "$SCRATCH/swap/a.txt" &
writer=$!
expect_status 1 "file turned FIFO mid-batch: exit 1, no hang" -- "$ANALYZE" -j 1 --format jsonl "$SCRATCH/gate2.fifo" "$SCRATCH/swap"
wait "$writer"
expect_grep "^analyze: .*swap/a.txt: skipped: a FIFO, not a regular file" "$SCRATCH/err" "file turned FIFO mid-batch: skipped, said so"
jsonl_check "$SCRATCH/out" "[x['source'].rsplit('/',1)[1] for x in d] == ['gate2.fifo', 'b.txt']" "file turned FIFO mid-batch: the others reported"

finish
