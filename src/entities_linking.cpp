// One entity per real-world thing: candidates that name the same entity are
// grouped ("Deepseek" and "DeepSeek"; "Altman" and "Sam Altman"; "R1" and
// "DeepSeek-R1" when the article writes the latter; "Karparthy" and
// "Andrej Karpathy"; "@sama" after "Sam Altman"), then the article is read
// again for the short forms of the entities found ("Brumea" for "Brumea Labs").
#include <algorithm>
#include <unordered_map>

#include "entities_internal.h"

namespace analyze::entities {
namespace {

class UnionFind {
 public:
  explicit UnionFind(std::size_t n) : parent_(n) {
    for (std::size_t i = 0; i < n; ++i) parent_[i] = static_cast<int>(i);
  }
  void grow(std::size_t n) {
    while (parent_.size() < n) parent_.push_back(static_cast<int>(parent_.size()));
  }
  int find(int x) {
    while (parent_[static_cast<std::size_t>(x)] != x) x = parent_[static_cast<std::size_t>(x)] = parent_[static_cast<std::size_t>(parent_[static_cast<std::size_t>(x)])];
    return x;
  }
  // The earlier candidate stays the root, so roots follow document order.
  void unite(int a, int b) {
    a = find(a), b = find(b);
    if (a != b) parent_[static_cast<std::size_t>(std::max(a, b))] = std::min(a, b);
  }

 private:
  std::vector<int> parent_;
};

}  // namespace

bool rejected(const Votes& v, std::size_t mentions) {
  const int best = v[static_cast<std::size_t>(best_type(v))];
  return v[kReject] > 0 && v[kReject] >= best && (best > 0 || static_cast<std::size_t>(v[kReject]) * 2 >= mentions);
}

EntityType best_type(const Votes& v) {
  std::size_t best = 0;
  for (std::size_t t = 1; t < 4; ++t)
    if (v[t] > v[best]) best = t;
  return static_cast<EntityType>(best);
}

bool is_handle(const Doc& doc, const Candidate& c) { return doc.info[c.first].kind == TokenKind::Handle; }

void surname_keys(const Doc& doc, const Candidate& c, std::vector<std::string>& out) {
  std::size_t words = 0;
  for (std::size_t i = c.first; i < c.end; ++i) words += doc.info[i].has(kName);
  if (words < 2) return;
  std::size_t start = c.first + 1;
  while (start < c.end && (doc.info[start].has(kHyphen) || (start > c.first && doc.info[start - 1].has(kHyphen)))) ++start;
  for (std::size_t from = start; from < c.end; ++from) {
    if (!doc.info[from].has(kName) || (from > c.first && doc.info[from - 1].has(kHyphen))) continue;
    std::string key;
    for (std::size_t i = from; i < c.end; ++i) append_token_key(key, doc.key(i), i > from && doc.info[i].has(kSpace));
    out.push_back(std::move(key));
  }
}

// One edit (substitution, insertion, deletion or swap of neighbours) apart.
bool one_edit_apart(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > 1 || a == b) return false;
  std::size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  if (a.size() == b.size())
    return a.substr(i + 1) == b.substr(i + 1) ||
           (i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] && a.substr(i + 2) == b.substr(i + 2));
  return a.substr(i) == b.substr(i + 1);
}

std::string candidate_key(const Doc& doc, const Candidate& c) {
  // One word with no separator, most candidates: its key as it is.
  if (c.end == c.first + 1 && c.article.empty() && !(doc.info[c.first].traits & kKeySeparator)) return std::string(doc.key(c.first));
  std::string key = c.article.empty() ? std::string() : name_key(c.article);
  for (std::size_t i = c.first; i < c.end; ++i) append_token_key(key, doc.key(i), i > c.first ? doc.info[i].has(kSpace) : !c.article.empty());
  while (!key.empty() && key.back() == ' ') key.pop_back();
  return key;
}

void company_short_keys(const Doc& doc, const Candidate& c, std::vector<std::string>& out) {
  std::uint32_t end = c.end;  // of the shorter name; a candidate is copied only for a key
  const auto drop_punct = [&] {
    while (end > c.first && doc.info[end - 1].kind == TokenKind::Punct) --end;
  };
  while (true) {
    drop_punct();
    if (end - c.first < 2 || !(doc.info[end - 1].cue_end & (kCueCompanySuffix | kCueLegalSuffix))) return;
    --end;
    drop_punct();
    if (end > c.first) {
      Candidate shorter = c;
      shorter.end = end;
      out.push_back(candidate_key(doc, shorter));
    }
  }
}

std::string product_short_key(const Candidate& c, const std::string& key, const HashSet& company_keys) {
  const auto rest_after = [&](std::size_t n) { return key.size() > n + 1 && key[n] == ' ' ? key.substr(n + 1) : std::string(); };
  if (c.owner_key) {
    const std::string& owner = *c.owner_key;
    return key.compare(0, owner.size(), owner) == 0 ? rest_after(owner.size()) : std::string();
  }
  for (std::size_t space = key.find(' '); space != std::string::npos; space = key.find(' ', space + 1))
    if (company_keys.contains(key_hash(std::string_view(key).substr(0, space)))) return rest_after(space);
  return {};
}

namespace {

struct Linker {
  const Resources& res;
  const Doc& doc;
  Extraction& ex;
  UnionFind groups;
  std::vector<std::string> keys;
  HashSet company_keys;  // key_hash of the names of the candidates that look like companies
  std::vector<std::size_t> rekeyed = {};  // candidates that took the word before them: "Le Goff"
  std::string particle_key = {};          // take_particle's scratch

  void collect_company_keys() {
    company_keys.reserve(ex.candidates.size(), false);
    for (std::size_t k = 0; k < ex.candidates.size(); ++k)
      if (tentative_type(static_cast<int>(k)) == EntityType::Company) company_keys.insert(key_hash(keys[k]));
  }

  EntityType tentative_type(int k) { return best_type(ex.candidates[static_cast<std::size_t>(k)].votes); }

  // "Vaultrix Shield" after "Vaultrix": an unknown name that starts with a
  // company of the article, then more words that are no company suffix, is
  // one of its products.
  void vote_products_named_after_companies() {
    for (std::size_t k = 0; k < ex.candidates.size(); ++k) {
      Candidate& c = ex.candidates[k];
      if (c.entry >= 0 || c.votes[static_cast<std::size_t>(EntityType::Company)] > 0) continue;
      const std::size_t last = c.end - 1;
      if (doc.info[last].cue_end & (kCueCompanySuffix | kCueLegalSuffix)) continue;
      if (!product_short_key(c, keys[k], company_keys).empty()) vote(c.votes, EntityType::Product, 3);
    }
  }

  // "le Zorbit de Kelvar" after "la start-up Kelvar": a name no list knows,
  // then "de" and a company the article types by its cues, is its product.
  // (Known companies are read in find_runs.)
  bool makes_text_product(const Candidate& c) const {
    if (c.entry >= 0 || c.owner < 0 || ex.candidates[static_cast<std::size_t>(c.owner)].entry >= 0) return false;
    return c.votes[static_cast<std::size_t>(EntityType::Company)] <= 0 && c.votes[static_cast<std::size_t>(EntityType::Person)] <= 0;
  }

  void vote_products_of_text_makers() {
    // Most articles have no such name: no group totals to add up then.
    if (std::none_of(ex.candidates.begin(), ex.candidates.end(), [&](const Candidate& c) { return makes_text_product(c); })) return;
    std::vector<Votes> by_root(ex.candidates.size());  // indexed by a group's root candidate
    for (std::size_t k = 0; k < ex.candidates.size(); ++k) {
      Votes& total = by_root[static_cast<std::size_t>(groups.find(static_cast<int>(k)))];
      for (std::size_t t = 0; t < total.size(); ++t) total[t] += ex.candidates[k].votes[t];
    }
    for (Candidate& c : ex.candidates) {
      if (!makes_text_product(c)) continue;
      const Votes& maker = by_root[static_cast<std::size_t>(groups.find(c.owner))];
      if (maker[static_cast<std::size_t>(EntityType::Company)] > 0 && best_type(maker) == EntityType::Company) vote(c.votes, EntityType::Product, 3);
    }
  }

  void by_entry_and_key() {
    HashSet by_entry;  // (entry << 1 | 1) → the first candidate of the entry (a key is never 0)
    HashSet by_key;  // key_hash of a key → the first candidate with it
    by_entry.reserve(ex.candidates.size(), true);
    by_key.reserve(ex.candidates.size(), true);
    for (std::size_t k = 0; k < ex.candidates.size(); ++k) {
      const Candidate& c = ex.candidates[k];
      const int self = static_cast<int>(k);
      if (c.entry >= 0)
        groups.unite(self, static_cast<int>(by_entry.insert_value(static_cast<std::uint64_t>(c.entry) << 1 | 1, static_cast<std::uint32_t>(self))));
      if (c.same_as >= 0) groups.unite(self, c.same_as);
      if (!is_handle(doc, c))
        groups.unite(self, static_cast<int>(by_key.insert_value(key_hash(keys[k]), static_cast<std::uint32_t>(self))));
    }
  }

  // The short forms of candidate k: a person's surname, a company without
  // its suffixes, a product without its maker.
  void short_forms_of(std::size_t k, std::vector<std::string>& out) {
    const Candidate& c = ex.candidates[k];
    out.clear();
    const EntityType type = tentative_type(static_cast<int>(k));
    if (type == EntityType::Person) surname_keys(doc, c, out);
    if (type == EntityType::Company) company_short_keys(doc, c, out);
    if (type == EntityType::Product)
      if (std::string short_key = product_short_key(c, keys[k], company_keys); !short_key.empty()) out.push_back(std::move(short_key));
  }

  // A known name that is also the surname of a person of the article
  // ("Marc-Antoine Leclerc … Leclerc") names the person, not the company.
  bool takes_short_form(Candidate& c, int root) {
    if (c.entry < 0) return true;
    if (res.gazetteer.entries()[static_cast<std::size_t>(c.entry)].type == EntityType::Person) return true;
    if (tentative_type(root) != EntityType::Person || c.end - c.first != 1) return false;
    c.entry = -1;
    c.votes = Votes{};
    c.origin = Origin::Context;
    return true;
  }

  // Longest names first, so that "Sarteau Industries SA" gives its short
  // forms before "Sarteau Industries" and "Sarteau" look for them.
  void by_short_form() {
    std::vector<std::pair<std::ptrdiff_t, std::size_t>> by_length;  // (-words, candidate): longest first, then in order
    for (std::size_t k = 0; k < ex.candidates.size(); ++k) by_length.emplace_back(-std::count(keys[k].begin(), keys[k].end(), ' '), k);
    std::sort(by_length.begin(), by_length.end());
    std::unordered_map<std::string, int> forms;  // short form → a candidate of its group, -1 when shared
    std::vector<std::string> shorts;
    for (const auto& [minus_words, k] : by_length) {
      take_particle(k, forms);
      if (const auto it = forms.find(keys[k]); it != forms.end() && it->second >= 0 && takes_short_form(ex.candidates[k], it->second))
        groups.unite(static_cast<int>(k), it->second);
      else
        link_typo(k, forms);
      short_forms_of(k, shorts);
      for (std::string& form : shorts) {
        const auto [it, inserted] = forms.emplace(std::move(form), static_cast<int>(k));
        if (!inserted && it->second >= 0 && groups.find(it->second) != groups.find(static_cast<int>(k))) it->second = -1;
      }
    }
  }

  // "Le Goff" for "Yannick Le Goff" when the sentence starts with it: the
  // word before the name, left out as a sentence-initial word, belongs to it.
  void take_particle(std::size_t k, const std::unordered_map<std::string, int>& forms) {
    Candidate& c = ex.candidates[k];
    if (forms.empty() || c.entry >= 0 || c.first == 0 || ex.cover[c.first - 1] != kFree) return;
    const std::size_t prev = c.first - 1;
    if (doc.info[prev].sentence != doc.info[c.first].sentence || doc.info[prev].kind != TokenKind::Word) return;
    std::string& longer = particle_key;  // kept: no string made per candidate
    longer.assign(doc.key(prev));
    append_token_key(longer, keys[k], doc.info[c.first].has(kSpace));
    const auto it = forms.find(longer);
    if (it == forms.end() || it->second < 0) return;
    c.first = static_cast<std::uint32_t>(prev);
    ex.cover[prev] = kEntity;
    keys[k] = longer;
    rekeyed.push_back(k);
  }

  // "Karparthy" for "Andrej Karpathy": a lone unknown word one edit from a surname.
  void link_typo(std::size_t k, const std::unordered_map<std::string, int>& forms) {
    const Candidate& c = ex.candidates[k];
    if (c.entry >= 0 || c.end - c.first != 1 || keys[k].size() < 6) return;
    const std::size_t size = keys[k].size();
    for (const auto& [form, other] : forms)
      if (form.size() + 1 >= size && form.size() <= size + 1 &&  // the cheap test first
          other >= 0 && tentative_type(other) == EntityType::Person && one_edit_apart(form, keys[k])) {
        groups.unite(static_cast<int>(k), other);
        return;
      }
  }
};

// "(FON)" after "Fédération des Opérateurs Numériques": the initials of its
// words, or of its capitalized words.
bool is_acronym_of(const Doc& doc, const Candidate& c, std::size_t acronym) {
  const TokenInfo& a = doc.info[acronym];
  if (!a.has(kCapitals) || a.any(kDigit)) return false;
  std::string all, capitalized;
  for (std::size_t i = c.first; i < c.end; ++i) {
    const TokenInfo& t = doc.info[i];
    if (t.kind != TokenKind::Word || t.any(kElision) || doc.key(i).empty()) continue;
    if (t.any(kCap | kCapitals)) capitalized.push_back(doc.key(i).front());
    if (!(t.cue_start & kCueConnector)) all.push_back(doc.key(i).front());
  }
  const std::string_view letters = doc.key(acronym);
  return letters.size() >= 2 && (letters == all || letters == capitalized);
}

}  // namespace

void attach_handles(const Doc& doc, Extraction& ex) {
  const CandidatesAt ending(ex.candidates, true), starting(ex.candidates, false);
  // Only the tokens right after a candidate and a "(" can be its handle: the
  // ends of the candidates, in order, instead of every token.
  std::vector<std::uint32_t> ends;
  ends.reserve(ex.candidates.size());
  for (const Candidate& c : ex.candidates) ends.push_back(c.end + 1);
  std::sort(ends.begin(), ends.end());
  ends.erase(std::unique(ends.begin(), ends.end()), ends.end());
  for (const std::uint32_t at : ends) {
    const std::size_t i = at;
    if (i < 2 || i + 1 >= doc.size() || !doc.is(i - 1, "(") || !doc.is(i + 1, ")")) continue;
    const int named = ending[i - 1];
    if (doc.info[i].kind == TokenKind::Word && starting[i] >= 0) {
      Candidate& acronym = ex.candidates[static_cast<std::size_t>(starting[i])];
      if (acronym.entry < 0 && acronym.end == i + 1 && is_acronym_of(doc, ex.candidates[static_cast<std::size_t>(named)], i)) {
        acronym.same_as = named;
        acronym.votes = Votes{};
      }
      continue;
    }
    const bool acronym = doc.info[i].kind == TokenKind::Word && is_acronym_of(doc, ex.candidates[static_cast<std::size_t>(named)], i);
    if ((doc.info[i].kind != TokenKind::Handle && !acronym) || ex.cover[i] != kFree) continue;
    Candidate handle;
    handle.first = static_cast<std::uint32_t>(i);
    handle.end = static_cast<std::uint32_t>(i + 1);
    handle.same_as = named;
    handle.origin = ex.candidates[static_cast<std::size_t>(handle.same_as)].origin;
    ex.candidates.push_back(handle);
    ex.claim(handle, kEntity);
  }
}

namespace {

// An empty list for a group, with the room of an earlier article's.
std::vector<int> spare_group(Extraction& ex) {
  if (ex.spare_groups.empty()) return {};
  std::vector<int> list = std::move(ex.spare_groups.back());
  ex.spare_groups.pop_back();
  return list;
}

}  // namespace

void recycle_groups(Extraction& ex, std::vector<std::vector<int>>& groups) {
  for (std::vector<int>& list : groups) {
    list.clear();
    ex.spare_groups.push_back(std::move(list));
  }
  groups.clear();
}

std::vector<std::vector<int>> link_candidates(const Resources& res, const Doc& doc, Extraction& ex) {
  Linker linker{res, doc, ex, UnionFind(ex.candidates.size()), std::move(ex.keys), {}};  // the room of the last article's keys
  linker.keys.clear();
  linker.keys.reserve(ex.candidates.size());
  for (const Candidate& c : ex.candidates) linker.keys.push_back(candidate_key(doc, c));
  linker.collect_company_keys();
  linker.vote_products_named_after_companies();
  linker.by_entry_and_key();
  linker.vote_products_of_text_makers();
  linker.by_short_form();
  // The keys for the second reading: candidate_key of each candidate as it now stands.
  for (std::size_t k : linker.rekeyed) linker.keys[k] = candidate_key(doc, ex.candidates[k]);
  ex.keys = std::move(linker.keys);
  std::vector<std::vector<int>> groups;
  groups.reserve(ex.candidates.size());
  std::vector<int> slot(ex.candidates.size(), -1);  // root candidate → its group
  for (std::size_t k = 0; k < ex.candidates.size(); ++k) {
    int& group = slot[static_cast<std::size_t>(linker.groups.find(static_cast<int>(k)))];
    if (group < 0) group = static_cast<int>(groups.size()), groups.push_back(spare_group(ex));
    groups[static_cast<std::size_t>(group)].push_back(static_cast<int>(k));
  }
  return groups;
}

}  // namespace analyze::entities
