# Batch memory is bounded: 4,000 files take no more memory than 600. Files
# are analyzed in groups of up to 64 (Pipeline::analyze_group) with a few
# groups in flight per thread, so memory grows up to about 512 files (-j 2)
# and stays flat after: the small corpus fills that window. Peak RSS is the
# kernel's count for the finished child (never time).
# labels: heavy
source "$(dirname "$0")/lib.bash"
# Under AddressSanitizer, freed memory sits in a quarantine that RSS would count.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}quarantine_size_mb=0:thread_local_quarantine_size_kb=0"

make_corpus "$SCRATCH/small" 600
make_corpus "$SCRATCH/large" 4000

# The run works at all: 4,000 reports, in order.
"$ANALYZE" -j 2 --format jsonl "$SCRATCH/large" >"$SCRATCH/large.jsonl" 2>"$SCRATCH/err" || fail "4,000 files: exit $?: $(head -c 300 "$SCRATCH/err")"
[ "$(wc -l <"$SCRATCH/large.jsonl")" -eq 4000 ] && pass "4,000 files: 4,000 reports" || fail "4,000 files: $(wc -l <"$SCRATCH/large.jsonl") reports"

# compare_rss WHAT ARGS...: peak RSS of analyze ARGS on 600 and on 4,000 files.
# The tolerance (5 % + 1 MiB) only absorbs allocator noise: holding the
# inputs, or one Document per article, would exceed it over 3,400 more articles.
compare_rss() {
  local what=$1; shift
  local small large
  small=$(peak_rss_kib "$ANALYZE" "$@" "$SCRATCH/small")
  large=$(peak_rss_kib "$ANALYZE" "$@" "$SCRATCH/large")
  echo "peak RSS, $what: 600 files ${small} KiB, 4,000 files ${large} KiB"
  if [ "$large" -le $((small + small / 20 + 1024)) ]; then pass "$what: 4,000 files use no more memory than 600"
  else fail "$what: peak RSS ${large} KiB for 4,000 files vs ${small} KiB for 600"; fi
}
compare_rss "jsonl, -j 1" -j 1 --format jsonl
compare_rss "jsonl, -j 2" -j 2 --format jsonl
compare_rss "json array, -j 2" -j 2 --format json
# A slow reader of the output: the workers must wait (the window of articles
# in flight is bounded) instead of piling finished results up.
SLOW_READER=1 compare_rss "json array to a slow reader, -j 2" -j 2 --format json

finish
