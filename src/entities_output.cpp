// The entities of an article from the linked groups: type by vote, name (the
// fullest form written), aliases (the other forms), mentions in document
// order, and the maker of each product ("le R1 de DeepSeek", "DeepSeek R1",
// or the lists). A product written with its maker's name ("DeepSeek R1")
// makes the maker an entity too, even when the article names it nowhere else.
#include <algorithm>
#include <unordered_map>

#include <unicode/uchar.h>

#include "analyze/utf8.h"
#include "entities_internal.h"

namespace analyze::entities {
namespace {

// Appends the surface with runs of white space made one space ("New\nYork" → "New York").
void append_clean_surface(std::string& out, std::string_view s) {
  bool clean = true;  // nearly always: one copy
  for (std::size_t i = 0; i < s.size() && clean; ++i)
    if (static_cast<unsigned char>(s[i]) <= ' ')  // most bytes are above: one test each
      clean = s[i] != '\n' && s[i] != '\r' && s[i] != '\t' && !(s[i] == ' ' && i > 0 && s[i - 1] == ' ');
  if (clean) {
    out += s;
    return;
  }
  const std::size_t from = out.size();
  out.reserve(from + s.size());
  for (char c : s) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    if (c == ' ' && out.size() > from && out.back() == ' ') continue;
    out.push_back(c);
  }
}

std::string clean_surface(std::string_view s) {
  std::string out;
  append_clean_surface(out, s);
  return out;
}

// A mention as the entity's name or alias would write it, into `text`
// (emptied first): "la Fondation X" keeps its article.
void set_form_text(const Doc& doc, const Candidate& c, std::string& text) {
  const std::string_view surface = doc.span_text(c.first, c.end);
  text.clear();
  if (!c.article.empty()) {
    text.reserve(c.article.size() + 1 + surface.size());
    text += c.article;
    text += ' ';
  }
  append_clean_surface(text, surface);
}

std::string form_text(const Doc& doc, const Candidate& c) {
  std::string text;
  set_form_text(doc, c, text);
  return text;
}

struct Form {
  std::string text;
  std::string key;
  int count = 0;
};

// Fullest first: more words, longer key, the listed name, written with capitals, more often.
bool fuller(const Form& a, const Form& b, std::string_view canonical) {
  const auto words = [](const std::string& k) { return std::count(k.begin(), k.end(), ' '); };
  if (words(a.key) != words(b.key)) return words(a.key) > words(b.key);
  if (a.key.size() != b.key.size()) return a.key.size() > b.key.size();
  if ((a.text == canonical) != (b.text == canonical)) return a.text == canonical;
  if (starts_upper(a.text) != starts_upper(b.text)) return starts_upper(a.text);
  return a.count > b.count;
}

// The keys of each entity's forms, the name's first, in one list.
struct EntityKeys {
  std::vector<std::string> keys;
  std::vector<std::size_t> first = {0};  // entity i's keys are keys[first[i], first[i + 1])
  void close_entity() { first.push_back(keys.size()); }
  std::string_view name_key(std::size_t entity) const { return keys[first[entity]]; }
  bool has(std::size_t entity, std::string_view key) const {
    for (std::size_t k = first[entity]; k < first[entity + 1]; ++k)
      if (keys[k] == key) return true;
    return false;
  }
};

// Sets the name and aliases, and adds the keys of every form, the name's
// first, to `keys`. `forms` is scratch.
void name_and_aliases(const Resources& res, const Doc& doc, const Extraction& ex, const std::vector<int>& group, Entity& e,
                      std::vector<Form>& forms, EntityKeys& keys) {
  if (group.size() == 1) {  // most groups: the one form is the name
    set_form_text(doc, ex.candidates[static_cast<std::size_t>(group.front())], e.name);
    keys.keys.push_back(e.name.front() == '@' ? std::string() : name_key(e.name));
    keys.close_entity();
    return;
  }
  forms.clear();
  std::string_view canonical;
  for (int k : group) {
    const Candidate& c = ex.candidates[static_cast<std::size_t>(k)];
    if (c.entry >= 0) canonical = res.gazetteer.entries()[static_cast<std::size_t>(c.entry)].name();
    std::string text = form_text(doc, c);
    auto it = std::find_if(forms.begin(), forms.end(), [&](const Form& f) { return f.text == text; });
    if (it == forms.end()) {
      std::string key = text.front() == '@' ? std::string() : name_key(text);
      it = forms.insert(forms.end(), Form{std::move(text), std::move(key), 0});
    }
    ++it->count;
  }
  std::size_t best = 0;
  for (std::size_t f = 1; f < forms.size(); ++f)
    if (fuller(forms[f], forms[best], canonical)) best = f;
  e.name = std::move(forms[best].text);
  keys.keys.push_back(std::move(forms[best].key));
  if (forms.size() > 1) e.aliases.reserve(forms.size() - 1);
  for (std::size_t f = 0; f < forms.size(); ++f)
    if (f != best) e.aliases.push_back(std::move(forms[f].text)), keys.keys.push_back(std::move(forms[f].key));
  keys.close_entity();
}

std::string_view origin_of(const Extraction& ex, const std::vector<int>& group) {
  bool context = false;
  for (int k : group) {
    const Candidate& c = ex.candidates[static_cast<std::size_t>(k)];
    if (c.origin == Origin::Gazetteer) return "gazetteer";
    context = context || c.origin == Origin::Context;
  }
  return context ? "context" : "pattern";
}

Mention mention_of(const Doc& doc, std::size_t first, std::size_t end) {
  return Mention{Span{doc.info[first].start, doc.info[end - 1].end}, doc.info[first].sentence};
}

struct Builder {
  const Resources& res;
  const Doc& doc;
  const Extraction& ex;
  std::vector<Entity> entities;
  std::vector<int> entity_of_candidate;
  EntityKeys keys = {};           // per entity: keys of its name, then of its aliases
  std::vector<Form> forms = {};  // scratch for name_and_aliases

  void add(const std::vector<int>& group_in) {
    const Votes votes = group_votes(ex, group_in);
    bool strong = false;
    for (int k : group_in) strong = strong || !ex.candidates[static_cast<std::size_t>(k)].weak;
    const EntityType type = best_type(votes);
    if (!strong || rejected(votes, group_in.size())) return;
    const auto by_first = [&](int a, int b) {
      return ex.candidates[static_cast<std::size_t>(a)].first < ex.candidates[static_cast<std::size_t>(b)].first;
    };
    // Mentions never share a first token: a group in order needs no sorted copy.
    std::vector<int> sorted;
    if (!std::is_sorted(group_in.begin(), group_in.end(), by_first)) {
      sorted = group_in;
      std::sort(sorted.begin(), sorted.end(), by_first);
    }
    const std::vector<int>& group = sorted.empty() ? group_in : sorted;
    Entity& e = entities.emplace_back();  // built in place: no move of a finished entity
    e.type = type;
    e.origin.assign(origin_of(ex, group));
    name_and_aliases(res, doc, ex, group, e, forms, keys);
    e.mentions.reserve(group.size());
    for (int k : group) {
      const Candidate& c = ex.candidates[static_cast<std::size_t>(k)];
      e.mentions.push_back(mention_of(doc, c.first, c.end));
      entity_of_candidate[static_cast<std::size_t>(k)] = static_cast<int>(entities.size() - 1);
    }
  }

  int company_named(const std::string& owner_key) const {
    for (std::size_t i = 0; i < entities.size(); ++i)
      if (entities[i].type == EntityType::Company && keys.has(i, owner_key))
        return static_cast<int>(i);
    return kNoEntity;
  }

  // "Qubitek Aurora-5" is made by Qubitek, when the article names it.
  int company_prefix_of(std::string_view product_key) const {
    for (std::size_t i = 0; i < entities.size(); ++i) {
      if (entities[i].type != EntityType::Company) continue;
      const std::string_view key = keys.name_key(i);
      if (product_key.size() > key.size() && product_key.compare(0, key.size(), key) == 0 && product_key[key.size()] == ' ')
        return static_cast<int>(i);
    }
    return kNoEntity;
  }

  // The tokens of a mention that spell its maker's name: "DeepSeek" in "DeepSeek-R1".
  std::size_t owner_prefix_end(const Candidate& c, const std::string& owner_key) const {
    std::string key;
    for (std::size_t i = c.first; i < c.end; ++i) {
      append_token_key(key, doc.key(i), i > c.first && doc.info[i].has(kSpace));
      if (key == owner_key) return i + 1 < c.end ? i + 1 : c.first;
      if (key.size() >= owner_key.size()) break;
    }
    return c.first;
  }

  // A company for a product written with its maker's name, when the article names it nowhere else.
  int implied_company(std::size_t product, const std::string& owner_name, const std::string& owner_key) {
    Entity company;
    company.type = EntityType::Company;
    company.origin = "pattern";
    for (std::size_t k = 0; k < ex.candidates.size(); ++k) {
      if (entity_of_candidate[k] != static_cast<int>(product)) continue;
      const std::size_t end = owner_prefix_end(ex.candidates[k], owner_key);
      if (end == ex.candidates[k].first) continue;
      const std::string text = clean_surface(doc.span_text(ex.candidates[k].first, end));
      if (company.name.empty()) company.name = text;
      else if (text != company.name && std::find(company.aliases.begin(), company.aliases.end(), text) == company.aliases.end())
        company.aliases.push_back(text);
      company.mentions.push_back(mention_of(doc, ex.candidates[k].first, end));
    }
    if (company.mentions.empty()) return kNoEntity;
    if (name_key(company.name) != owner_key) company.name = owner_name;
    keys.keys.push_back(name_key(company.name));
    keys.close_entity();
    entities.push_back(std::move(company));
    return static_cast<int>(entities.size() - 1);
  }

  void set_owners() {
    const std::size_t products = entities.size();
    for (std::size_t k = 0; k < ex.candidates.size(); ++k) {
      const int p = entity_of_candidate[k];
      if (p < 0 || static_cast<std::size_t>(p) >= products || entities[static_cast<std::size_t>(p)].type != EntityType::Product) continue;
      Entity& product = entities[static_cast<std::size_t>(p)];
      const Candidate& c = ex.candidates[k];
      if (c.owner >= 0) {
        const int maker = entity_of_candidate[static_cast<std::size_t>(c.owner)];
        if (maker >= 0 && entities[static_cast<std::size_t>(maker)].type == EntityType::Company) product.owner = maker;
      }
      if (product.owner == kNoEntity) product.owner = company_prefix_of(keys.name_key(static_cast<std::size_t>(p)));
      if (product.owner != kNoEntity || !c.owner_key) continue;
      const std::string& owner_key = *c.owner_key;
      product.owner = company_named(owner_key);
      if (product.owner == kNoEntity) {
        const std::string& owner_name = *c.owner_name;
        const int maker = implied_company(static_cast<std::size_t>(p), owner_name, owner_key);
        entities[static_cast<std::size_t>(p)].owner = maker;
      }
    }
  }

  std::vector<Entity> in_order_of_first_mention() {
    const auto by_start = [](const Mention& a, const Mention& b) { return a.span.start < b.span.start; };
    for (Entity& e : entities)
      if (!std::is_sorted(e.mentions.begin(), e.mentions.end(), by_start)) std::sort(e.mentions.begin(), e.mentions.end(), by_start);
    // Groups come in order of their first candidate: the entities nearly always are in order already.
    const auto by_first_mention = [&](const Entity& a, const Entity& b) { return a.mentions.front().span.start < b.mentions.front().span.start; };
    if (std::is_sorted(entities.begin(), entities.end(), by_first_mention)) return std::move(entities);
    std::vector<std::size_t> order(entities.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    const auto first = [&](std::size_t i) { return entities[i].mentions.front().span.start; };
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return first(a) < first(b); });
    std::vector<int> rank(entities.size());
    for (std::size_t r = 0; r < order.size(); ++r) rank[order[r]] = static_cast<int>(r);
    std::vector<Entity> out;
    out.reserve(entities.size());
    for (std::size_t i : order) {
      out.push_back(std::move(entities[i]));
      if (out.back().owner >= 0) out.back().owner = rank[static_cast<std::size_t>(out.back().owner)];
    }
    return out;
  }
};

}  // namespace

std::vector<Entity> build_entities(const Resources& res, const Doc& doc, const Extraction& ex,
                                   const std::vector<std::vector<int>>& groups) {
  Builder builder{res, doc, ex, {}, std::vector<int>(ex.candidates.size(), -1)};
  builder.entities.reserve(groups.size());
  builder.keys.keys.reserve(groups.size() + groups.size() / 2);
  builder.keys.first.reserve(groups.size() + 1);
  for (const std::vector<int>& group : groups) builder.add(group);
  builder.set_owners();
  return builder.in_order_of_first_mention();
}

}  // namespace analyze::entities
