// Whole-word abbreviations for sentence breaks: see abbreviations.h.
#include "abbreviations.h"

#include "analyze/embedded_data.h"
#include "analyze/utf8.h"

namespace analyze {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Characters that open a word without being part of it.
bool is_opening(char c) { return c == '(' || c == '[' || c == '"' || c == '\''; }

}  // namespace

AbbreviationFilter::AbbreviationFilter() {
  if (const auto list = embedded_file("abbreviations.txt"))
    for (std::string_view line : split_lines(*list))
      if (!line.empty() && line.front() != '#') words_.insert(trim(line));
}

bool AbbreviationFilter::keeps_break(std::string_view text, std::size_t pos) const {
  std::size_t end = pos;
  while (end > 0 && is_space(text[end - 1])) {
    if (text[end - 1] == '\n') return true;  // a line end always ends the sentence
    --end;
  }
  if (end == 0 || text[end - 1] != '.') return true;
  std::size_t start = end - 1;
  while (start > 0 && !is_space(text[start - 1]) && !is_opening(text[start - 1]) && end - start < 16) --start;
  return words_.count(text.substr(start, end - start)) == 0;
}

}  // namespace analyze
