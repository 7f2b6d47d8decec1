# One huge article takes memory in proportion to its size, with a small
# factor: a 20 MB article made of generated news (figures in most sentences)
# is analyzed within a bound on its peak RSS (the kernel's count for the
# finished child; never time). Holding the JSON report whole, or a copy of
# its sentence per figure, would break the bound (docs/performance.md).
# labels: heavy
source "$(dirname "$0")/lib.bash"
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}quarantine_size_mb=0:thread_local_quarantine_size_kb=0"

# 1,000 generated articles, repeated up to 20 MB, as one file.
make_corpus "$SCRATCH/parts" 1000
find "$SCRATCH/parts" -name '*.txt' | sort | xargs cat >"$SCRATCH/block.txt"
while [ "$(stat -c %s "$SCRATCH/huge.txt" 2>/dev/null || echo 0)" -lt 20000000 ]; do cat "$SCRATCH/block.txt" >>"$SCRATCH/huge.txt"; done
rm -rf "$SCRATCH/parts" "$SCRATCH/block.txt"
size_kib=$(($(stat -c %s "$SCRATCH/huge.txt") / 1024))

# check_ratio FORMAT MAX: peak RSS of analyze --format FORMAT at most MAX
# times the input. Measured 6.0x for json, jsonl and csv (the 3x target is for
# 1 GB: at 20 MB the process itself, 14 MiB, and the working memory of one
# 1 MiB chunk, about 30 MiB, still weigh); main before the change took 14.8x
# (json) and 10.9x (csv). The JSON text alone is 3.8x the input.
check_ratio() {
  local format=$1 max=$2 peak
  peak=$(peak_rss_kib "$ANALYZE" --format "$format" "$SCRATCH/huge.txt")
  echo "peak RSS, --format $format: ${peak} KiB for a ${size_kib} KiB article"
  if [ "$peak" -le $((size_kib * max)) ]; then pass "$format: peak RSS at most ${max}x the article"
  else fail "$format: peak RSS ${peak} KiB, over ${max}x the ${size_kib} KiB article"; fi
}
check_ratio json 7
check_ratio jsonl 7
check_ratio csv 7

# And the report is whole: every byte analyzed.
"$ANALYZE" --format jsonl "$SCRATCH/huge.txt" >"$SCRATCH/huge.jsonl" 2>"$SCRATCH/err" || fail "jsonl: exit $?: $(head -c 300 "$SCRATCH/err")"
json_check "$SCRATCH/huge.jsonl" "d['stats']['bytes'] == $(stat -c %s "$SCRATCH/huge.txt") and len(d['figures']) > 50000" "the whole article is analyzed"

finish
