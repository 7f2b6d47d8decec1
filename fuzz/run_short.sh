#!/usr/bin/env bash
# Short fuzzing run, for CI: builds the libFuzzer targets (clang, ASan+UBSan)
# in their own build folder and runs each for SECONDS/N seconds, N being the
# number of targets, on a scratch corpus grown from its seeds and regressions.
# Exits non-zero when a target crashes, leaks, times out or reports undefined
# behaviour; the input that did it is left in <build>/fuzz/artifacts/.
#
#   fuzz/run_short.sh 60                          # about 60 s of fuzzing in all
#   ANALYZE_FUZZ_BUILD=/tmp/bf fuzz/run_short.sh 600
set -euo pipefail
total=${1:-60}
root=$(cd "$(dirname "$0")/.." && pwd)
build=${ANALYZE_FUZZ_BUILD:-$root/build-fuzz}

if ! command -v clang++ >/dev/null || ! compgen -G "/usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a" >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get install -y --no-install-recommends clang libclang-rt-14-dev >/dev/null
  else
    echo "run_short.sh: clang and libFuzzer are needed (Debian: apt-get install clang libclang-rt-14-dev)" >&2
    exit 2
  fi
fi

# A build folder already configured for fuzzing (CI's sanitizer build) is
# reused as it is; otherwise configure one with only the fuzz targets.
if ! grep -qs '^ANALYZE_FUZZ:BOOL=ON' "$build/CMakeCache.txt"; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    -DANALYZE_FUZZ=ON -DANALYZE_SANITIZE=ON -DANALYZE_TESTS=OFF -DANALYZE_BENCH=OFF >/dev/null
fi
mapfile -t targets < "$build/fuzz/targets.txt"
cmake --build "$build" --target $(for line in "${targets[@]}"; do echo "fuzz_${line%% *}"; done)

per=$(( total / ${#targets[@]} ))
(( per >= 1 )) || per=1
mkdir -p "$build/fuzz/artifacts"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
status=0
for line in "${targets[@]}"; do
  read -r name seeds <<< "$line"
  work="$build/fuzz/work/$name"
  mkdir -p "$work"
  echo "=== fuzz_$name for ${per}s"
  if ! "$build/fuzz/fuzz_$name" -max_total_time="$per" -timeout=10 -rss_limit_mb=2048 -max_len=4096 \
      -dict="$root/fuzz/french.dict" -artifact_prefix="$build/fuzz/artifacts/$name-" -print_final_stats=1 \
      "$work" "$root/fuzz/corpus/$seeds" "$root/fuzz/regressions/$name" 2> "$build/fuzz/$name.log"; then
    echo "fuzz_$name FAILED: see $build/fuzz/$name.log and $build/fuzz/artifacts/" >&2
    tail -n 40 "$build/fuzz/$name.log" >&2
    status=1
  else
    grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb' "$build/fuzz/$name.log" || true
  fi
done
exit $status
