// Word lists and gazetteers of the entity extractor, loaded once: see
// entities_internal.h. Every list is a file of data/ compiled into the binary.
#include <fmt/format.h>

#include "analyze/embedded_data.h"
#include "analyze/utf8.h"
#include "entities_internal.h"

namespace analyze::entities {
namespace {

constexpr std::string_view kGazetteerFiles[] = {"gazetteer/companies.tsv", "gazetteer/people.tsv",
                                                "gazetteer/products.tsv", "gazetteer/organizations.tsv"};

bool embedded(std::string_view name, std::string_view* out, std::string* error) {
  const auto file = embedded_file(name);
  if (!file) {
    if (error) *error = fmt::format("built-in data file {} is missing", name);
    return false;
  }
  *out = *file;
  return true;
}

// Calls f(line) for each non-empty, non-comment line of an embedded file.
template <class F>
bool for_each_line(std::string_view name, std::string* error, F&& f) {
  std::string_view content;
  if (!embedded(name, &content, error)) return false;
  for (std::string_view line : split_lines(content)) {
    line = trim(line);
    if (!line.empty() && line.front() != '#') f(line);
  }
  return true;
}

// True when `key` starts with `prefix` and a word boundary follows it.
bool starts_word(std::string_view key, std::string_view prefix) {
  if (key.size() < prefix.size() || key.compare(0, prefix.size(), prefix) != 0) return false;
  if (key.size() == prefix.size()) return true;
  const char next = key[prefix.size()], last = prefix.back();
  const bool next_digit = next >= '0' && next <= '9', last_digit = last >= '0' && last <= '9';
  return next == ' ' || next_digit != last_digit;
}

// "groupe Alibaba", "projet Stargate": a common noun, then the name. The
// noun is a cue, no part of the name ("le projet Stargate" names "Stargate").
bool cue_headed(const Resources& res, const GazetteerEntry& entry, const std::string& form) {
  const std::size_t space = form.find(' ');
  if (space == std::string::npos || starts_upper(form) || !res.is_french(to_lower(form.substr(0, space)))) return false;
  if (entry.type != EntityType::Organization) return true;
  const std::string rest = name_key(form.substr(space + 1));
  for (const std::string& other : entry.forms)
    if (name_key(other) == rest) return true;
  return false;
}

std::uint8_t form_traits(const Resources& res, const GazetteerEntry& entry, const std::string& form) {
  std::uint8_t traits = 0;
  const std::string lower = to_lower(form);
  const std::string key = name_key(form);
  if (res.is_french(lower) || res.first_names.contains(key_hash(key)) || res.stops.find(key)) traits |= kFormAmbiguous;
  std::size_t i = 0;
  next_code_point(form, i);
  if (i == form.size()) traits |= kFormLetter;
  if (cue_headed(res, entry, form)) traits |= kFormCueHead;
  const bool all_caps = letter_case(form).all_upper;
  for (std::size_t k = 0; k < form.size();) {
    const std::size_t at = k;
    const char32_t c = next_code_point(form, k);
    const bool inner_capital = !all_caps && at > 0 && form[at - 1] != ' ' && starts_upper(form.substr(at));
    if (inner_capital || (c >= '0' && c <= '9')) traits |= kFormDistinctive;
  }
  if (traits & kFormAmbiguous) traits &= static_cast<std::uint8_t>(~kFormDistinctive);
  return traits;
}

// The maker of a product entry: its owner column, a company whose name starts
// the product's name, or a known product family.
std::string product_owner(const Resources& res, const GazetteerEntry& entry) {
  if (!entry.owner.empty() || entry.type != EntityType::Product) return entry.owner;
  const std::string key = name_key(entry.name());
  for (std::size_t space = key.rfind(' '); space != std::string::npos && space > 0; space = key.rfind(' ', space - 1)) {
    if (const auto* values = res.gazetteer.phrases().find(key.substr(0, space)))
      for (int v : *values) {
        const GazetteerEntry& maker = res.gazetteer.entries()[static_cast<std::size_t>(Gazetteer::entry_of(v))];
        if (maker.type == EntityType::Company) return maker.name();
      }
  }
  std::size_t best = 0;
  std::string owner;
  for (const auto& [prefix, maker] : res.product_families)
    if (prefix.size() > best && starts_word(key, prefix)) best = prefix.size(), owner = maker;
  return owner;
}

bool load_word_lists(Resources& res, std::string* error) {
  std::string_view french;
  if (!embedded("french_words.txt", &french, error)) return false;
  const std::vector<std::string_view> words = split_lines(french);
  res.french_words.reserve(words.size());
  for (std::string_view word : words)
    if (!word.empty()) res.french_words.insert(key_hash(word));
  return for_each_line("entities/english_words.txt", error, [&](std::string_view w) { res.english_words.insert(key_hash(w)); }) &&
         for_each_line("first_names.txt", error, [&](std::string_view w) { res.first_names.insert(key_hash(name_key(w))); }) &&
         for_each_line("places.txt", error, [&](std::string_view w) { res.places.add(w, 0); }) &&
         for_each_line("entities/stop_words.txt", error, [&](std::string_view w) { res.stops.add(w, 0); }) &&
         for_each_line("entities/domain_suffixes.txt", error, [&](std::string_view w) { res.domain_suffixes.push_back(name_key(w)); });
}

// "2,7 Md€", "12 Mrd EUR", "40 MEUR": the figure stage's scale
// abbreviations and currency codes, alone or glued, are no names after a
// number; nor are its scale words ("18 Millions" in a headline) and the
// first words of currency names ("Facturé 15 dollars" is no product "Facturé 15").
bool load_number_units(Resources& res, std::string* error) {
  std::vector<std::string> scales, codes, words;
  const auto column = [](std::string_view file, std::string_view kind, std::size_t kind_column, std::vector<std::string>& out,
                         std::string* err) {
    return for_each_line(file, err, [&](std::string_view line) {
      const auto fields = split_tabs(line);
      if (fields.size() > kind_column && trim(fields[kind_column]) == kind) out.push_back(name_key(fields[0]));
    });
  };
  if (!column("figures/numbers.tsv", "abbrev", 1, scales, error) || !column("figures/currencies.tsv", "code", 2, codes, error) ||
      !column("figures/numbers.tsv", "scale", 1, words, error) || !column("figures/numbers.tsv", "collective", 1, words, error) ||
      !column("figures/currencies.tsv", "word", 2, words, error))
    return false;
  for (std::string& word : words) word.resize(std::min(word.size(), word.find(' ')));  // "livres sterling" → "livres"
  for (const std::string& word : words) res.number_units.insert(key_hash(word));
  for (const std::string& scale : scales) {
    res.number_units.insert(key_hash(scale));
    for (const std::string& code : codes) res.number_units.insert(key_hash(scale + code));
  }
  for (const std::string& code : codes) res.number_units.insert(key_hash(code));
  res.number_units.insert(key_hash("fois"));  // "ChatGPT 3 fois plus cher": a multiple, no version
  return true;
}

bool load_cues(Resources& res, std::string* error) {
  bool ok = true;
  const bool found = for_each_line("entities/cues.tsv", error, [&](std::string_view line) {
    const auto fields = split_tabs(line);
    const std::uint32_t cue = fields.size() == 2 ? cue_from_string(trim(fields[0])) : 0;
    if (cue == 0) {
      if (ok && error) *error = fmt::format("entities/cues.tsv: bad line '{}'", line);
      ok = false;
      return;
    }
    res.cues.add(trim(fields[1]), static_cast<int>(cue));
  });
  return found && ok;
}

bool load_families(Resources& res, std::string* error) {
  return for_each_line("entities/product_families.tsv", error, [&](std::string_view line) {
    const auto fields = split_tabs(line);
    if (fields.size() == 2) res.product_families.emplace_back(name_key(fields[0]), std::string(trim(fields[1])));
  });
}

}  // namespace

bool Resources::is_french(std::string_view lower) const {
  if (french_words.contains(key_hash(lower))) return true;
  // Capitals often lose their accent: "Etat" is "état", "Ecole" is "école".
  if (lower.size() > 1 && lower.front() == 'e') {
    for (std::string_view accented : {"é", "è", "ê"}) {
      std::string with(accented);
      with.append(lower.substr(1));
      if (french_words.contains(key_hash(with))) return true;
    }
  }
  return false;
}

std::uint32_t cue_from_string(std::string_view category) {
  static constexpr std::pair<std::string_view, std::uint32_t> kNames[] = {
      {"company", kCueCompany},         {"product", kCueProduct},
      {"person", kCuePerson},           {"title", kCueTitle},
      {"role", kCueRole},               {"founded_by", kCueFoundedBy},
      {"speech", kCueSpeech},           {"place", kCuePlace},
      {"not_entity", kCueNotEntity},    {"org_head", kCueOrgHead},
      {"company_suffix", kCueCompanySuffix}, {"legal_suffix", kCueLegalSuffix},
      {"version", kCueVersion},         {"platform", kCuePlatform},
      {"particle", kCueParticle},       {"organization", kCueOrganization},
      {"connector", kCueConnector},     {"determiner", kCueDeterminer},
      {"breaker", kCueBreaker},         {"of", kCueOf},
      {"plural", kCuePlural},           {"nationality", kCueNationality},
      {"coordination", kCueCoordination}, {"naming", kCueNaming},
      {"pronoun", kCuePronoun},         {"contracted", kCueContracted},
      {"launch", kCueLaunch},           {"company_verb", kCueCompanyVerb},
      {"maker_of", kCueMakerOf},        {"example", kCueExample},
      {"subject_verb", kCueSubjectVerb},
  };
  for (const auto& [name, cue] : kNames)
    if (name == category) return cue;
  return 0;
}

void WordSet::reserve(std::size_t words) {
  std::size_t size = 64;
  while (size * 2 < words * 3) size *= 2;
  slots_.assign(size, 0);
  mask_ = size - 1;
}

void WordSet::insert(std::uint64_t h) {
  const std::uint32_t print = fingerprint(h);
  std::size_t i = home(h);
  while (slots_[i] != 0 && slots_[i] != print) i = (i + 1) & mask_;
  slots_[i] = print;
}

void StartIndex::grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.size() * 2, Slot{});
  mask_ = slots_.size() - 1;
  size_ = 0;
  for (const Slot& s : old)
    if (s.hash) add(s.hash, s.facts);
}

void StartIndex::add(std::uint64_t h, StartFacts facts) {
  const std::uint64_t x = (h * 0xC2B2AE3D27D4EB4Full) >> (64 - kFilterLog2);
  filter_[x >> 6] |= 1ull << (x & 63);
  if ((size_ + 1) * 2 > slots_.size()) grow();
  std::size_t i = home(h);
  while (slots_[i].hash != 0 && slots_[i].hash != h) i = (i + 1) & mask_;
  if (slots_[i].hash == 0) slots_[i].hash = h, ++size_;
  slots_[i].facts.starts |= facts.starts;
  slots_[i].facts.cue |= facts.cue;
}

namespace {

void index_starts(Resources& res) {
  const auto add = [&](const PhraseTable& table, std::uint32_t bit) {
    table.for_each_first_token([&](std::uint64_t h) { res.starts.add(h, {bit, 0}); });
  };
  add(res.gazetteer.phrases(), kStartsName);
  add(res.lower_forms, kStartsCodedName);
  add(res.places, kStartsPlace);
  add(res.cues, kStartsCue);
  add(res.stops, kStartsStop);
  res.first_names.for_each([&](std::uint64_t h) { res.starts.add(h, {kIsGivenName, 0}); });
  // A one-token cue gives its bits at once; a longer one marks the tokens it goes on from.
  res.cues.for_each_key([&](std::string_view key, const std::vector<int>& values) {
    StartFacts facts{kStartsCue, 0};
    for (int v : values) facts.cue |= static_cast<std::uint32_t>(v);
    res.starts.add(key_hash(key), facts);
    const std::string_view word = key.substr(0, key.find(' '));
    PhraseTable::for_each_boundary(word, [&](std::size_t n) {
      if (n < key.size()) res.starts.add(key_hash(word.substr(0, n)), {kCueGoesOn, 0});
    });
  });
}

}  // namespace

bool load_resources(Resources& res, const std::vector<GazetteerSource>& extra, std::string* error) {
  if (!load_word_lists(res, error) || !load_number_units(res, error) || !load_cues(res, error) || !load_families(res, error))
    return false;
  for (std::string_view file : kGazetteerFiles) {
    std::string_view content;
    if (!embedded(file, &content, error) || !res.gazetteer.load(file, content, error)) return false;
  }
  for (const GazetteerSource& source : extra)
    if (!res.gazetteer.load(source.name, source.content, error)) return false;
  for (const GazetteerEntry& entry : res.gazetteer.entries()) {
    std::vector<std::uint8_t>& traits = res.form_traits.emplace_back();
    for (const std::string& form : entry.forms) {
      traits.push_back(form_traits(res, entry, form));
      if ((traits.back() & kFormDistinctive) || !starts_upper(form)) res.lower_forms.add(form, 0);
    }
    res.owners.push_back(product_owner(res, entry));
    res.owner_keys.push_back(name_key(res.owners.back()));
    res.name_keys.push_back(name_key(entry.name()));
  }
  index_starts(res);
  return true;
}

}  // namespace analyze::entities
