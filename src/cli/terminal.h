// Terminal etiquette in one place (after ninja's LinePrinter): every line the
// CLI writes to standard error goes through a Terminal, which knows whether it
// talks to a terminal, draws a one-line status (the progress bar) in place and
// clears it before any message, so that messages never mix with it. On
// anything but a terminal the status is never drawn: pipes and logs only get
// whole lines.
#pragma once

#include <string>
#include <string_view>

namespace analyze::cli {

class Terminal {
 public:
  // `fd`: where to write (standard error). It is "smart" when it is a
  // terminal and TERM is not "dumb".
  explicit Terminal(int fd);
  ~Terminal();
  Terminal(const Terminal&) = delete;
  Terminal& operator=(const Terminal&) = delete;

  bool smart() const { return smart_; }

  // Redraws the status line in place, cut to the terminal width. No-op
  // unless smart().
  void status(std::string_view line);

  // Erases the status line, if drawn.
  void clear_status();

  // Writes `line` and a line end, after erasing the status line.
  void message(std::string_view line);

 private:
  void write_all(std::string_view s);
  std::size_t width() const;

  int fd_;
  bool smart_;
  bool status_shown_ = false;
};

// True when `fd` is a terminal.
bool is_terminal(int fd);

// Whether to color output: `mode` is "always", "never" or "auto" (color only
// on a terminal, and never when NO_COLOR is set to a non-empty value).
bool use_color(std::string_view mode, bool to_terminal);

}  // namespace analyze::cli
