// Gazetteers and phrase tables: see gazetteer.h.
#include "analyze/gazetteer.h"

#include <fmt/format.h>

#include "analyze/utf8.h"

namespace analyze {
namespace {

enum class CharClass { Space, Digit, Letter, Other };

CharClass class_of(char c) {
  const auto u = static_cast<unsigned char>(c);
  if (u == ' ') return CharClass::Space;
  if (u >= '0' && u <= '9') return CharClass::Digit;
  if (u >= 0x80 || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z')) return CharClass::Letter;
  return CharClass::Other;
}

// Splits on '|', trimming each form and dropping empty ones.
std::vector<std::string_view> split_forms(std::string_view field) {
  std::vector<std::string_view> forms;
  std::size_t pos = 0;
  while (pos <= field.size()) {
    std::size_t bar = field.find('|', pos);
    if (bar == std::string_view::npos) bar = field.size();
    if (const std::string_view form = trim(field.substr(pos, bar - pos)); !form.empty()) forms.push_back(form);
    pos = bar + 1;
  }
  return forms;
}

}  // namespace

bool has_key_separator(std::string_view key) {
  // Keys are short words: a byte loop without branches beats word tricks.
  bool found = false;
  for (char c : key) found |= (c == '-') | (c == '_') | (c == ' ');
  return found;
}

bool append_token_key(std::string& key, std::string_view token_key, bool space_before) {
  if (space_before && !key.empty() && key.back() != ' ') key.push_back(' ');
  if (!has_key_separator(token_key)) {  // nearly every token: one copy instead of a byte at a time
    key.append(token_key);
    return true;
  }
  for (char c : token_key) {
    if (c == '-' || c == '_') c = ' ';
    if (c == ' ' && (key.empty() || key.back() == ' ')) continue;
    key.push_back(c);
  }
  return false;
}

std::string name_key(std::string_view surface) {
  // append_token_key's rules, applied in place to the folded text.
  std::string key = fold_key(surface);
  std::size_t n = 0;
  for (char c : key) {
    if (c == '-' || c == '_') c = ' ';
    if (c == ' ' && (n == 0 || key[n - 1] == ' ')) continue;
    key[n++] = c;
  }
  while (n > 0 && key[n - 1] == ' ') --n;
  key.resize(n);
  return key;
}

void HashSet::reserve(std::size_t n, bool with_values) {
  if (size_ != 0) return;
  std::size_t slots = 64;
  while (slots < 2 * (n + 1)) slots *= 2;
  if (slots <= slots_.size()) return;
  slots_.assign(slots, 0);
  if (with_values) values_.assign(slots, 0);
  mask_ = slots - 1;
}

std::uint32_t HashSet::insert(std::uint64_t h, std::uint32_t value, bool with_value) {
  if ((size_ + 1) * 2 > slots_.size()) {
    std::vector<std::uint64_t> old = std::move(slots_);
    std::vector<std::uint32_t> old_values = std::move(values_);
    slots_.assign(old.empty() ? 64 : old.size() * 2, 0);
    if (with_value || !old_values.empty()) values_.assign(slots_.size(), 0);
    mask_ = slots_.size() - 1;
    size_ = 0;
    for (std::size_t k = 0; k < old.size(); ++k)
      if (old[k]) insert(old[k], old_values.empty() ? 0 : old_values[k], !old_values.empty());
  }
  std::size_t i = home(h);
  while (slots_[i] != 0 && slots_[i] != h) i = (i + 1) & mask_;
  if (slots_[i] == 0) {
    slots_[i] = h, ++size_;
    if (with_value) values_[i] = value;
  }
  return values_.empty() ? 0 : values_[i];
}

bool boundary(char before, char after) { return class_of(before) != class_of(after); }

void PhraseTable::add(std::string_view phrase, int value) { add_key(name_key(phrase), value); }

void PhraseTable::add_key(std::string key, int value) {
  if (key.empty()) return;
  const std::string_view k = key;
  for_each_boundary(k, [&](std::size_t n) {
    prefixes_.insert(key_hash(k.substr(0, n)));
    if (n < k.size()) longer_.insert(key_hash(k.substr(0, n)));
  });
  // Every piece after a space that ends at a possible token boundary.
  for (std::size_t j = 1; j < k.size(); ++j) {
    if (k[j - 1] != ' ') continue;
    const std::string_view rest = k.substr(j);
    for_each_boundary(rest, [&](std::size_t n) { after_space_.insert(key_hash(rest.substr(0, n))); });
  }
  const std::uint32_t index = phrases_.insert_value(key_hash(k), static_cast<std::uint32_t>(keys_.size()));
  if (index == keys_.size()) keys_.push_back(std::move(key)), values_.emplace_back();
  std::vector<int>& values = values_[index];
  for (int v : values)
    if (v == value) return;
  values.push_back(value);
}

const std::vector<int>* PhraseTable::find(std::string_view key) const {
  const std::uint32_t index = phrases_.value(key_hash(key));
  return index != HashSet::kAbsent && keys_[index] == key ? &values_[index] : nullptr;
}

bool Gazetteer::load(std::string_view source, std::string_view content, std::string* error) {
  std::size_t line_number = 0;
  for (std::string_view line : split_lines(content)) {
    ++line_number;
    if (trim(line).empty() || trim(line).front() == '#') continue;
    std::string why;
    if (!add_line(line, &why)) {
      if (error) *error = fmt::format("{}:{}: {}", source, line_number, why);
      return false;
    }
  }
  return true;
}

bool Gazetteer::add_line(std::string_view line, std::string* why) {
  const std::vector<std::string_view> fields = split_tabs(line);
  if (fields.size() < 2 || fields.size() > 4) {
    *why = fmt::format("expected 3 TAB-separated columns (type, name, aliases), found {}", fields.size());
    return false;
  }
  const auto type = entity_type_from_string(trim(fields[0]));
  if (!type) {
    *why = fmt::format("unknown type '{}' (company, person, product or organization)", trim(fields[0]));
    return false;
  }
  const std::string_view name = trim(fields[1]);
  if (name.empty()) {
    *why = "empty name";
    return false;
  }
  GazetteerEntry entry;
  entry.type = *type;
  entry.forms.emplace_back(name);
  if (fields.size() > 2)
    for (std::string_view form : split_forms(fields[2]))
      if (entry.forms.size() < static_cast<std::size_t>(kMaxForms)) entry.forms.emplace_back(form);
  if (fields.size() > 3) entry.owner = std::string(trim(fields[3]));
  const int index = static_cast<int>(entries_.size());
  for (std::size_t f = 0; f < entry.forms.size(); ++f) phrases_.add(entry.forms[f], index * kMaxForms + static_cast<int>(f));
  entries_.push_back(std::move(entry));
  return true;
}

}  // namespace analyze
