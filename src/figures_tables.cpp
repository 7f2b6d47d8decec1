// Look-up tables of the figure extractor: see figures_tables.h.
#include "figures_tables.h"

#include <charconv>
#include <stdexcept>

#include "analyze/embedded_data.h"
#include "analyze/utf8.h"

namespace analyze::figures_detail {

void for_each_row(std::string_view name, const std::function<void(std::span<const std::string_view>)>& row) {
  const auto file = embedded_file(name);
  if (!file) throw std::runtime_error("missing embedded data file " + std::string(name));
  for (std::string_view line : split_lines(*file)) {
    if (trim(line).empty() || line.front() == '#') continue;
    std::vector<std::string_view> fields = split_tabs(line);
    for (auto& f : fields) f = trim(f);
    row(fields);
  }
}

double data_number(std::string_view field, std::string_view file) {
  double value = 0;
  const auto [end, ec] = std::from_chars(field.data(), field.data() + field.size(), value);
  if (ec != std::errc() || end != field.data() + field.size()) throw std::runtime_error(std::string(file) + ": bad number " + std::string(field));
  return value;
}

std::vector<std::string> phrase_keys(std::string_view phrase) {
  const LexemeBuffer buffer(phrase);
  std::vector<std::string> keys;
  for (const Lexeme& l : buffer.lexemes()) keys.emplace_back(l.key);
  return keys;
}

namespace {

std::uint16_t role_bit(std::string_view name) {
  static constexpr std::pair<std::string_view, WordRole> kRoles[] = {
      {"money_cue", kMoneyCue},   {"change_verb", kChangeVerb},        {"vague_few", kVagueFew},
      {"vague_some", kVagueSome}, {"not_noun", kNotNoun},              {"skip_after", kSkipAfter},
      {"not_rate_after", kNotRateAfter}, {"ordinal", kOrdinal},        {"time_of_day", kTimeOfDay},
      {"china", kChina},          {"people_verb", kPeopleVerb},        {"goods", kGoods},
  };
  for (const auto& [n, bit] : kRoles)
    if (n == name) return bit;
  throw std::runtime_error("figures/words.tsv: unknown role " + std::string(name));
}

}  // namespace

void WordRoles::load(std::string_view file) {
  for_each_row(file, [&](std::span<const std::string_view> f) {
    if (f.size() < 2) throw std::runtime_error(std::string(file) + ": expected word and role");
    const std::uint16_t bit = role_bit(f[1]);
    if (!f[0].empty() && f[0].back() == '*') {
      std::string prefix(make_word_key(f[0].substr(0, f[0].size() - 1)).view());
      if (prefix.empty()) throw std::runtime_error(std::string(file) + ": empty prefix");
      prefixes_[static_cast<unsigned char>(prefix.front())].emplace_back(std::move(prefix), bit);
    } else {
      exact_[std::string(make_word_key(f[0]).view())] |= bit;
    }
  });
}

std::uint16_t WordRoles::of(std::string_view key) const {
  std::uint16_t roles = 0;
  if (key.empty()) return 0;
  if (const auto* r = find_in(exact_, key)) roles = *r;
  for (const auto& [prefix, bit] : prefixes_[static_cast<unsigned char>(key.front())])
    if (key.size() >= prefix.size() && key.compare(0, prefix.size(), prefix) == 0) roles |= bit;
  return roles;
}

}  // namespace analyze::figures_detail
