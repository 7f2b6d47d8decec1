// Terminal: see terminal.h.
#include "terminal.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace analyze::cli {
namespace {

// Bytes of `s` that fit in `columns` terminal cells, cut at a code point
// boundary. Counts one cell per code point, which holds for the ASCII status.
std::size_t prefix_fitting(std::string_view s, std::size_t columns) {
  std::size_t cells = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) continue;  // continuation byte
    if (cells == columns) return i;
    ++cells;
  }
  return s.size();
}

}  // namespace

bool is_terminal(int fd) { return ::isatty(fd) == 1; }

bool use_color(std::string_view mode, bool to_terminal) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  return to_terminal && !(no_color && *no_color);
}

Terminal::Terminal(int fd) : fd_(fd) {
  const char* term = std::getenv("TERM");
  smart_ = is_terminal(fd) && !(term && std::strcmp(term, "dumb") == 0);
}

Terminal::~Terminal() { clear_status(); }

std::size_t Terminal::width() const {
  struct winsize size {};
  if (::ioctl(fd_, TIOCGWINSZ, &size) == 0 && size.ws_col > 1) return size.ws_col;
  return 80;
}

void Terminal::write_all(std::string_view s) {
  while (!s.empty()) {
    const ssize_t n = ::write(fd_, s.data(), s.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;  // nothing sensible to do when standard error is gone
    s.remove_prefix(static_cast<std::size_t>(n));
  }
}

void Terminal::status(std::string_view line) {
  if (!smart_) return;
  // Leave the last column free: writing there makes some terminals wrap.
  line = line.substr(0, prefix_fitting(line, width() - 1));
  std::string out = "\r";
  out.append(line);
  out.append("\x1b[K");  // erase what an older, longer status left
  write_all(out);
  status_shown_ = true;
}

void Terminal::clear_status() {
  if (!status_shown_) return;
  write_all("\r\x1b[K");
  status_shown_ = false;
}

void Terminal::message(std::string_view line) {
  clear_status();
  std::string out(line);
  out.push_back('\n');
  write_all(out);
}

}  // namespace analyze::cli
