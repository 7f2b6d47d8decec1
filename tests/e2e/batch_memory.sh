# Batch memory is bounded: 2,000 files take no more memory than 20. Peak RSS
# is the kernel's count for the finished child (never time).
# labels: heavy
source "$(dirname "$0")/lib.bash"
# Under AddressSanitizer, freed memory sits in a quarantine that RSS would count.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}quarantine_size_mb=0:thread_local_quarantine_size_kb=0"

make_corpus "$SCRATCH/small" 20
make_corpus "$SCRATCH/large" 2000

# The run works at all: 2,000 reports, in order.
"$ANALYZE" -j 2 --format jsonl "$SCRATCH/large" >"$SCRATCH/large.jsonl" 2>"$SCRATCH/err" || fail "2,000 files: exit $?: $(head -c 300 "$SCRATCH/err")"
[ "$(wc -l <"$SCRATCH/large.jsonl")" -eq 2000 ] && pass "2,000 files: 2,000 reports" || fail "2,000 files: $(wc -l <"$SCRATCH/large.jsonl") reports"

# compare_rss WHAT ARGS...: peak RSS of analyze ARGS on 20 and on 2,000 files.
# The tolerance (5 % + 1 MiB) only absorbs allocator noise: holding the
# inputs, or one Document per article, would exceed it over 2,000 articles.
compare_rss() {
  local what=$1; shift
  local small large
  small=$(peak_rss_kib "$ANALYZE" "$@" "$SCRATCH/small")
  large=$(peak_rss_kib "$ANALYZE" "$@" "$SCRATCH/large")
  echo "peak RSS, $what: 20 files ${small} KiB, 2,000 files ${large} KiB"
  if [ "$large" -le $((small + small / 20 + 1024)) ]; then pass "$what: 2,000 files use no more memory than 20"
  else fail "$what: peak RSS ${large} KiB for 2,000 files vs ${small} KiB for 20"; fi
}
compare_rss "jsonl, -j 1" -j 1 --format jsonl
compare_rss "jsonl, -j 2" -j 2 --format jsonl
compare_rss "json array, -j 2" -j 2 --format json
# A slow reader of the output: the workers must wait (the window of articles
# in flight is bounded) instead of piling finished results up.
SLOW_READER=1 compare_rss "json array to a slow reader, -j 2" -j 2 --format json

finish
