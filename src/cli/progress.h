// The progress bar of batch and stream runs, drawn on a Terminal's status
// line: "[=====>    ] 1200/2000 files  61%  23.4 MB/s  ETA 0:41". Drawn only
// when enabled (standard error is a terminal and the run is not --quiet),
// at most ten times a second, and erased at the end.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

#include "terminal.h"

namespace analyze::cli {

struct ProgressTotals {
  std::uint64_t items = 0;  // 0 when unknown (stream mode on a pipe)
  std::uint64_t bytes = 0;  // 0 when unknown
};

class Progress {
 public:
  // `noun`: what an item is, in the plural ("files", "records").
  Progress(Terminal& terminal, bool enabled, ProgressTotals totals, std::string noun);
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  // One more item done, of `bytes` bytes.
  void advance(std::uint64_t bytes);
  // Erases the bar.
  void finish();

 private:
  std::string line(std::chrono::steady_clock::duration elapsed) const;

  Terminal& terminal_;
  bool enabled_;
  ProgressTotals totals_;
  std::string noun_;
  std::uint64_t items_done_ = 0;
  std::uint64_t bytes_done_ = 0;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_{};
};

}  // namespace analyze::cli
