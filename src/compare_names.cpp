// Cross-article entity names: which references from different articles are
// the same entity ("R1" by DeepSeek, "DeepSeek R1", "DeepSeek-R1").
#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <unordered_map>

#include "analyze/utf8.h"
#include "compare_internal.h"

namespace analyze::compare_detail {
namespace {

bool is_name_separator(char c) {
  return c == ' ' || c == '\t' || c == '-' || c == '_' || c == '.' || c == '/' || c == '\'';
}

bool starts_with_word(std::string_view key, std::string_view prefix) {
  return key.size() > prefix.size() && key.substr(0, prefix.size()) == prefix && key[prefix.size()] == ' ';
}

// Union-find over name keys; roots are only compared, never shown.
class Forest {
 public:
  std::size_t node(const std::string& key) {
    auto [it, added] = index_.emplace(key, parent_.size());
    if (added) parent_.push_back(parent_.size());
    return it->second;
  }
  std::size_t root(std::size_t n) {
    while (parent_[n] != n) n = parent_[n] = parent_[parent_[n]];
    return n;
  }
  void join(std::size_t a, std::size_t b) { parent_[root(a)] = root(b); }

 private:
  std::unordered_map<std::string, std::size_t> index_;
  std::vector<std::size_t> parent_;
};

// The display name most references use; ties go to the longer, then the smaller.
std::string pick_display(const std::map<std::string, std::size_t>& votes) {
  auto better = [](const auto& a, const auto& b) {
    if (a.second != b.second) return a.second > b.second;
    if (a.first.size() != b.first.size()) return a.first.size() > b.first.size();
    return a.first < b.first;
  };
  return std::min_element(votes.begin(), votes.end(), better)->first;
}

}  // namespace

std::string name_key(std::string_view name) {
  const std::string folded = fold_key(name);
  std::string key;
  key.reserve(folded.size());
  for (char c : folded) {
    if (!is_name_separator(c)) key.push_back(c);
    else if (!key.empty() && key.back() != ' ') key.push_back(' ');
  }
  if (!key.empty() && key.back() == ' ') key.pop_back();
  return key;
}

std::size_t EntityResolver::add(const EntityRef& ref) {
  Ref r;
  r.type = ref.entity.type;
  r.written.push_back(ref.entity.name);
  for (const std::string& alias : ref.entity.aliases)
    if (!alias.empty()) r.written.push_back(alias);
  const std::string name = name_key(ref.entity.name);
  if (!ref.owner.name.empty() && name_key(ref.owner.name) != name) r.owner = name_key(ref.owner.name);
  for (const std::string& written : r.written) {
    std::string key = name_key(written);
    if (key.empty() || key == r.owner) continue;
    // A bare "R1" is only ever DeepSeek's when the article says so: qualify it.
    if (!r.owner.empty() && !starts_with_word(key, r.owner)) key = r.owner + ' ' + key;
    r.forms.push_back(std::move(key));
  }
  if (r.forms.empty()) r.forms.push_back(name);
  const bool name_has_owner = r.owner.empty() || starts_with_word(name, r.owner);
  r.display = name_has_owner ? ref.entity.name : ref.owner.name + ' ' + ref.entity.name;

  std::string signature = r.display + '\x1f' + (r.type ? std::string(to_string(*r.type)) : "") + '\x1f' + r.owner;
  for (const std::string& w : r.written) signature += '\x1f' + w;
  auto [it, added] = interned_.emplace(std::move(signature), refs_.size());
  if (added) refs_.push_back(std::move(r));
  ++refs_[it->second].uses;
  return it->second;
}

void EntityResolver::resolve() {
  Forest forest;
  for (const Ref& r : refs_)
    for (const std::string& form : r.forms) forest.join(forest.node(form), forest.node(r.forms.front()));

  // "r1" alone meets "deepseek r1" when exactly one cluster has that suffix
  // after a company or owner name, and the types do not disagree.
  std::set<std::string> owners;
  for (const Ref& r : refs_) {
    if (!r.owner.empty()) owners.insert(r.owner);
    else if (r.type == EntityType::Company) owners.insert(r.forms.begin(), r.forms.end());
  }
  std::map<std::string, std::set<std::size_t>> clusters_by_suffix;
  std::map<std::size_t, std::set<EntityType>> types_by_root;
  for (const Ref& r : refs_) {
    for (const std::string& form : r.forms) {
      const std::size_t root = forest.root(forest.node(form));
      if (r.type) types_by_root[root].insert(*r.type);
      for (std::size_t space = form.find(' '); space != std::string::npos; space = form.find(' ', space + 1))
        if (owners.count(form.substr(0, space))) clusters_by_suffix[form.substr(space + 1)].insert(root);
    }
  }
  std::vector<std::pair<std::size_t, std::size_t>> joins;
  for (const Ref& r : refs_) {
    if (!r.owner.empty()) continue;
    for (const std::string& form : r.forms) {
      auto it = clusters_by_suffix.find(form);
      if (it == clusters_by_suffix.end() || it->second.size() != 1) continue;
      const std::size_t own = forest.root(forest.node(form)), other = *it->second.begin();
      const auto& other_types = types_by_root[other];
      if (own != other && (!r.type || other_types.empty() || other_types.count(*r.type))) joins.emplace_back(own, other);
    }
  }
  for (const auto& [a, b] : joins) forest.join(a, b);

  // Dense cluster numbers in the order of their display names.
  std::map<std::size_t, std::map<std::string, std::size_t>> votes;
  std::map<std::size_t, std::set<std::string>> written;
  for (const Ref& r : refs_) {
    const std::size_t root = forest.root(forest.node(r.forms.front()));
    votes[root][r.display] += r.uses;
    written[root].insert(r.written.begin(), r.written.end());
    written[root].insert(r.display);
  }
  std::vector<std::tuple<std::string, std::vector<std::string>, std::size_t>> order;
  for (const auto& [root, v] : votes)
    order.emplace_back(pick_display(v), std::vector<std::string>(written[root].begin(), written[root].end()), root);
  std::sort(order.begin(), order.end());
  std::map<std::size_t, std::size_t> cluster_of_root;
  displays_.clear();
  names_.clear();
  for (auto& [display, names, root] : order) {
    cluster_of_root[root] = displays_.size();
    displays_.push_back(std::move(display));
    names_.push_back(std::move(names));
  }
  cluster_of_ref_.clear();
  for (const Ref& r : refs_) cluster_of_ref_.push_back(cluster_of_root[forest.root(forest.node(r.forms.front()))]);
}

std::size_t EntityResolver::cluster_of(std::size_t id) const { return cluster_of_ref_[id]; }
const std::string& EntityResolver::display_name(std::size_t cluster) const { return displays_[cluster]; }
const std::vector<std::string>& EntityResolver::names(std::size_t cluster) const { return names_[cluster]; }

}  // namespace analyze::compare_detail
