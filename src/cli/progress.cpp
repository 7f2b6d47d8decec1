// Progress bar: see progress.h.
#include "progress.h"

#include <fmt/format.h>

#include <algorithm>

namespace analyze::cli {
namespace {

using Clock = std::chrono::steady_clock;
constexpr auto kRedrawEvery = std::chrono::milliseconds(100);
constexpr std::size_t kBarCells = 20;

std::string duration_text(double seconds) {
  const auto s = static_cast<long long>(seconds + 0.5);
  if (s >= 3600) return fmt::format("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60);
  return fmt::format("{}:{:02}", s / 60, s % 60);
}

// "[=====>    ]": one cell per 5 %.
std::string bar(double fraction) {
  const auto full = std::min(kBarCells, static_cast<std::size_t>(fraction * kBarCells));
  std::string cells(kBarCells, ' ');
  cells.replace(0, full, full, '=');
  if (full < kBarCells) cells[full] = '>';
  return fmt::format("[{}]", cells);
}

}  // namespace

Progress::Progress(Terminal& terminal, bool enabled, ProgressTotals totals, std::string noun)
    : terminal_(terminal), enabled_(enabled && terminal.smart()), totals_(totals), noun_(std::move(noun)), start_(Clock::now()) {}

Progress::~Progress() { finish(); }

void Progress::advance(std::uint64_t bytes) {
  ++items_done_;
  bytes_done_ += bytes;
  if (!enabled_) return;
  const auto now = Clock::now();
  if (items_done_ > 1 && now - last_draw_ < kRedrawEvery) return;
  last_draw_ = now;
  terminal_.status(line(now - start_));
}

void Progress::finish() {
  if (enabled_) terminal_.clear_status();
}

std::string Progress::line(Clock::duration elapsed) const {
  const double seconds = std::max(1e-3, std::chrono::duration<double>(elapsed).count());
  const double rate = static_cast<double>(bytes_done_) / seconds;
  // The ETA follows bytes when their total is known (files differ in size), else items.
  double fraction = -1;
  if (totals_.bytes > 0) fraction = static_cast<double>(bytes_done_) / static_cast<double>(totals_.bytes);
  else if (totals_.items > 0) fraction = static_cast<double>(items_done_) / static_cast<double>(totals_.items);
  fraction = std::min(fraction, 1.0);

  std::string text;
  if (totals_.items > 0) text = fmt::format("{} {}/{} {}", bar(std::max(fraction, 0.0)), items_done_, totals_.items, noun_);
  else text = fmt::format("{} {}", items_done_, noun_);
  if (fraction >= 0) text += fmt::format("  {:3.0f}%", fraction * 100);
  text += fmt::format("  {:.1f} MB/s", rate / 1e6);
  if (fraction > 0) text += "  ETA " + duration_text(seconds * (1 - fraction) / fraction);
  return text;
}

}  // namespace analyze::cli
