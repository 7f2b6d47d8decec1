// Rate denominators ("1M tokens", "mois", "1 000 jetons") reduced to a
// dimension and a size, so that rates of one dimension convert to each other.
#include <charconv>

#include "analyze/embedded_data.h"
#include "analyze/utf8.h"
#include "compare_internal.h"

namespace analyze::compare_detail {
namespace {

std::optional<double> parse_double(std::string_view s) {
  double v = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return v;
}

template <typename Add>
void read_table(std::string_view file, Add add) {
  const auto content = embedded_file(file);
  if (!content) return;
  for (std::string_view line : split_lines(*content)) {
    if (line.empty() || line.front() == '#') continue;
    add(split_tabs(line));
  }
}

// Words of a folded string, split at spaces.
std::vector<std::string> words(std::string_view s) {
  std::vector<std::string> out;
  std::string word;
  for (char c : s) {
    if (c != ' ') word.push_back(c);
    else if (!word.empty()) out.push_back(std::move(word)), word.clear();
  }
  if (!word.empty()) out.push_back(std::move(word));
  return out;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The count opening a denominator: "1 000" → 1000, "1,5" → 1.5; advances `pos`.
std::optional<double> leading_count(std::string_view s, std::size_t& pos) {
  std::string digits;
  while (pos < s.size() && (is_digit(s[pos]) || ((s[pos] == ' ' || s[pos] == ',' || s[pos] == '.') && !digits.empty()))) {
    const char c = s[pos];
    if (c == ' ' && !(pos + 1 < s.size() && is_digit(s[pos + 1]))) break;
    // "1.000" and "1,000" group thousands; "1,5" and "1.5" are decimals.
    const bool thousands = (c == ',' || c == '.') && s.size() >= pos + 4 && is_digit(s[pos + 1]) && is_digit(s[pos + 2]) &&
                           is_digit(s[pos + 3]) && (s.size() == pos + 4 || !is_digit(s[pos + 4]));
    if (is_digit(c)) digits.push_back(c);
    else if ((c == ',' || c == '.') && !thousands) digits.push_back('.');
    ++pos;
  }
  return digits.empty() ? std::nullopt : parse_double(digits);
}

std::string singular(std::string word) {
  if (word.size() > 2 && (word.back() == 's' || word.back() == 'x') && word[word.size() - 2] != 's') word.pop_back();
  return word;
}

}  // namespace

std::string unit_key(std::string_view unit) {
  std::string key;
  for (const std::string& word : words(name_key(unit))) {
    if (!key.empty()) key += ' ';
    key += singular(word);
  }
  return key;
}

RateTable::RateTable() {
  read_table("compare/rate_units.tsv", [this](const std::vector<std::string_view>& f) {
    if (f.size() < 3) return;
    if (auto size = parse_double(f[2])) units_[name_key(f[0])] = Rate{std::string(f[1]), *size};
  });
  read_table("compare/rate_scales.tsv", [this](const std::vector<std::string_view>& f) {
    if (f.size() < 2) return;
    if (auto m = parse_double(f[1])) {
      scales_[std::string(f[0])] = *m;
      if (f[0].size() > 2) scales_[name_key(f[0])] = *m;
    }
  });
}

std::optional<Rate> RateTable::unit(std::string_view word_key) const {
  auto it = units_.find(std::string(word_key));
  if (it == units_.end()) it = units_.find(singular(std::string(word_key)));
  if (it == units_.end()) return std::nullopt;
  return it->second;
}

Rate RateTable::parse(std::string_view per) const {
  const std::string_view text = trim(per);
  if (text.empty()) return {};
  std::size_t pos = 0;
  double count = leading_count(text, pos).value_or(1);
  const std::vector<std::string> rest = words(text.substr(pos));  // as written: scale letters are case-sensitive
  std::size_t first = 0;
  if (first < rest.size()) {
    auto scale = scales_.find(rest[first]);
    if (scale == scales_.end() && rest[first].size() > 2) scale = scales_.find(name_key(rest[first]));
    if (scale != scales_.end()) count *= scale->second, ++first;
  }
  // "million de jetons", "1M of tokens": the preposition is no part of the unit.
  std::vector<std::string> unit_words;
  for (std::size_t i = first; i < rest.size(); ++i) {
    std::string key = name_key(rest[i]);
    if (key.rfind("d ", 0) == 0) key.erase(0, 2);  // "d'utilisateur" → "utilisateur"
    if (!(unit_words.empty() && (key == "de" || key == "of" || key == "du" || key == "d"))) unit_words.push_back(key);
  }
  // The first word the table knows is the unit; the others qualify it ("output").
  std::string qualifiers;
  std::optional<Rate> known;
  for (const std::string& w : unit_words) {
    if (!known && (known = unit(w))) continue;
    if (!qualifiers.empty()) qualifiers += ' ';
    qualifiers += singular(w);
  }
  Rate rate = known ? *known : Rate{qualifiers, 1};
  if (known && !qualifiers.empty()) rate.dimension += " (" + qualifiers + ")";
  rate.size *= count;
  return rate;
}

}  // namespace analyze::compare_detail
