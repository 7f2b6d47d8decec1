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
  std::string key;
  for (std::size_t i = c.first; i < c.end; ++i) append_token_key(key, doc.key(i), i > c.first && doc.info[i].has(kSpace));
  while (!key.empty() && key.back() == ' ') key.pop_back();
  return key;
}

std::string product_short_key(const Candidate& c, const std::string& key) {
  if (c.owner_name.empty()) return {};
  const std::string owner = name_key(c.owner_name);
  if (key.size() > owner.size() + 1 && key.compare(0, owner.size(), owner) == 0 && key[owner.size()] == ' ')
    return key.substr(owner.size() + 1);
  return {};
}

namespace {

struct Linker {
  const Resources& res;
  const Doc& doc;
  Extraction& ex;
  UnionFind groups;
  std::vector<std::string> keys;

  EntityType tentative_type(int k) { return best_type(ex.candidates[static_cast<std::size_t>(k)].votes); }

  void by_entry_and_key() {
    std::unordered_map<int, int> by_entry;
    std::unordered_map<std::string, int> by_key;
    for (std::size_t k = 0; k < ex.candidates.size(); ++k) {
      const Candidate& c = ex.candidates[k];
      const int self = static_cast<int>(k);
      if (c.entry >= 0) groups.unite(self, by_entry.emplace(c.entry, self).first->second);
      if (c.same_as >= 0) groups.unite(self, c.same_as);
      if (!is_handle(doc, c)) groups.unite(self, by_key.emplace(keys[k], self).first->second);
    }
  }

  // Short forms that name a group: a person's surname, a product without its maker.
  std::unordered_map<std::string, int> short_forms() {
    std::unordered_map<std::string, int> forms;
    std::vector<std::string> surnames;
    for (std::size_t k = 0; k < ex.candidates.size(); ++k) {
      const Candidate& c = ex.candidates[k];
      const int root = groups.find(static_cast<int>(k));
      surnames.clear();
      if (tentative_type(static_cast<int>(k)) == EntityType::Person) surname_keys(doc, c, surnames);
      if (tentative_type(static_cast<int>(k)) == EntityType::Product)
        if (std::string short_key = product_short_key(c, keys[k]); !short_key.empty()) surnames.push_back(std::move(short_key));
      for (std::string& s : surnames) {
        const auto [it, inserted] = forms.emplace(std::move(s), root);
        if (!inserted && groups.find(it->second) != root) it->second = -1;  // two people share it: no link
      }
    }
    return forms;
  }

  void by_short_form() {
    const auto forms = short_forms();
    for (std::size_t k = 0; k < ex.candidates.size(); ++k) {
      const Candidate& c = ex.candidates[k];
      if (c.entry >= 0 && res.gazetteer.entries()[static_cast<std::size_t>(c.entry)].type != EntityType::Person) continue;
      if (const auto it = forms.find(keys[k]); it != forms.end() && it->second >= 0) {
        groups.unite(static_cast<int>(k), it->second);
        continue;
      }
      if (c.entry >= 0 || c.end - c.first != 1 || keys[k].size() < 6) continue;
      for (const auto& [form, root] : forms)
        if (root >= 0 && tentative_type(root) == EntityType::Person && one_edit_apart(form, keys[k])) {
          groups.unite(static_cast<int>(k), root);
          break;
        }
    }
  }
};

}  // namespace

void attach_handles(const Doc& doc, Extraction& ex) {
  std::vector<int> ending(doc.size() + 1, -1);
  for (std::size_t k = 0; k < ex.candidates.size(); ++k) ending[ex.candidates[k].end] = static_cast<int>(k);
  for (std::size_t i = 2; i + 1 < doc.size(); ++i) {
    if (doc.info[i].kind != TokenKind::Handle || ex.cover[i] != kFree) continue;
    if (doc.surface(i - 1) != "(" || doc.surface(i + 1) != ")" || ending[i - 1] < 0) continue;
    Candidate handle;
    handle.first = static_cast<std::uint32_t>(i);
    handle.end = static_cast<std::uint32_t>(i + 1);
    handle.same_as = ending[i - 1];
    handle.origin = ex.candidates[static_cast<std::size_t>(handle.same_as)].origin;
    ex.candidates.push_back(handle);
    ex.claim(handle, kEntity);
  }
}

std::vector<std::vector<int>> link_candidates(const Resources& res, const Doc& doc, Extraction& ex) {
  Linker linker{res, doc, ex, UnionFind(ex.candidates.size()), {}};
  for (const Candidate& c : ex.candidates) linker.keys.push_back(candidate_key(doc, c));
  linker.by_entry_and_key();
  linker.by_short_form();
  std::vector<std::vector<int>> groups;
  std::unordered_map<int, std::size_t> slot;
  for (std::size_t k = 0; k < ex.candidates.size(); ++k) {
    const int root = linker.groups.find(static_cast<int>(k));
    const auto [it, inserted] = slot.emplace(root, groups.size());
    if (inserted) groups.emplace_back();
    groups[it->second].push_back(static_cast<int>(k));
  }
  return groups;
}

}  // namespace analyze::entities
