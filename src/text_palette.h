// ANSI colours for the readable reports (report_text.cpp,
// compare_report_text.cpp): each helper returns `s` unchanged when colour is
// off (--color never, NO_COLOR, not a terminal).
#pragma once

#include <fmt/format.h>

#include <string>
#include <string_view>

namespace analyze {

struct TextPalette {
  bool on = false;
  std::string paint(std::string_view code, std::string_view s) const {
    return on ? fmt::format("\x1b[{}m{}\x1b[0m", code, s) : std::string(s);
  }
  std::string bold(std::string_view s) const { return paint("1", s); }
  std::string dim(std::string_view s) const { return paint("2", s); }
  std::string warn(std::string_view s) const { return paint("33", s); }
  std::string good(std::string_view s) const { return paint("32", s); }
  std::string bad(std::string_view s) const { return paint("31", s); }
};

}  // namespace analyze
