// Figure groups: the facts of all articles about one amount of one entity
// ("training cost of DeepSeek", "price of o1 per 1M tokens"), with rates
// converted to one denominator and currencies never mixed.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "compare_internal.h"

namespace analyze::compare_detail {
namespace {

// Roles that are a company's money: a product's figure counts for its owner
// ("V3 a coûté 5,6 M$" is DeepSeek's training cost). A price stays the product's.
bool is_company_role(Role role) { return role != Role::Price && role != Role::None && role != Role::Other; }

// Company names of the whole corpus, by name key, each with one way it is written.
using Companies = std::map<std::string, std::string>;

void add_company(Companies& companies, const EntityName& name) {
  if (name.name.empty()) return;
  auto [it, added] = companies.emplace(name_key(name.name), name.name);
  if (!added) it->second = std::min(it->second, name.name);  // the smallest spelling: order does not matter
}

Companies companies_of(const std::vector<ArticleFacts>& articles) {
  Companies companies;
  auto add_ref = [&](const EntityRef& ref) {
    if (ref.entity.type == EntityType::Company) add_company(companies, ref.entity);
    add_company(companies, ref.owner);
  };
  for (const ArticleFacts& article : articles) {
    for (const FigureFact& f : article.figures) add_ref(f.subject);
    for (const ComparisonFact& c : article.comparisons) add_ref(c.subject), add_ref(c.object);
  }
  return companies;
}

// Who pays or earns a figure: a product's owner for a company's money; when
// the article gives no owner, the company the product is named after
// ("DeepSeek-V3" → DeepSeek) if some article names that company.
EntityRef grouping_subject(const FigureFact& f, const Companies& companies) {
  if (!is_company_role(f.role)) return f.subject;
  if (!f.subject.owner.name.empty()) return EntityRef{f.subject.owner, {}};
  if (f.subject.entity.type != EntityType::Product) return f.subject;
  const std::string key = name_key(f.subject.entity.name);
  for (std::size_t space = key.find(' '); space != std::string::npos; space = key.find(' ', space + 1))
    if (auto it = companies.find(key.substr(0, space)); it != companies.end())
      return EntityRef{EntityName{it->second, {}, EntityType::Company}, {}};
  return f.subject;
}

struct FigureKey {
  std::size_t cluster;
  Role role;
  FigureKind kind;
  std::string unit;       // unit_key of a quantity
  std::string dimension;  // of the rate; "" when none
  auto operator<=>(const FigureKey&) const = default;
};

struct Entry {
  const std::string* source;
  FigureFact* fact;  // its strings move into the group's value
  Rate rate;
};

bool entry_order(const Entry& a, const Entry& b) {
  const FigureFact &x = *a.fact, &y = *b.fact;
  return std::tie(*a.source, x.sentence, x.text, x.value, x.low, x.high, x.per, x.currency, x.context, x.subject.entity.name) <
         std::tie(*b.source, y.sentence, y.text, y.value, y.low, y.high, y.per, y.currency, y.context, y.subject.entity.name);
}

// The most used of some strings; ties go to the smallest.
std::string most_used(const std::vector<std::string>& strings) {
  std::map<std::string, std::size_t> counts;
  for (const std::string& s : strings) ++counts[s];
  std::string best;
  std::size_t best_count = 0;
  for (const auto& [s, n] : counts)
    if (n > best_count) best = s, best_count = n;
  return best;
}

std::string title_of(const FactGroup& g) {
  std::string role(to_string(g.role));
  std::replace(role.begin(), role.end(), '_', ' ');
  std::string title;
  if (g.figure_kind == FigureKind::Quantity) {
    title = fmt::format("number of {} of {}", g.unit, g.subject);
    if (!role.empty()) title += fmt::format(" ({})", role);
  } else {
    title = fmt::format("{} of {}", role, g.subject);
    if (g.figure_kind == FigureKind::Percent) title += " (%)";
  }
  if (!g.per.empty()) title += " per " + g.per;
  return title;
}

std::vector<double> stated_numbers(const FigureFact& f, double factor) {
  std::vector<double> numbers;
  if (f.value) numbers.push_back(*f.value * factor);
  else {
    if (f.low) numbers.push_back(*f.low * factor);
    if (f.high) numbers.push_back(*f.high * factor);
  }
  return numbers;
}

Candidate candidate(const Entry& e, double factor, bool currency_ok, const CompareOptions& options) {
  FigureFact& f = *e.fact;
  Candidate c;
  GroupValue& v = c.value;
  v.source = *e.source;
  v.subject = f.subject.entity.name;
  v.context = std::move(f.context);
  v.value = f.value;
  v.low = f.low;
  v.high = f.high;
  v.currency = f.currency;
  v.per = f.per;
  v.approx = f.approx;
  v.vague = f.vague;
  const Bounds stated = stated_bounds(f, options);
  v.stated = c.judged.stated = scaled(stated, factor);
  c.judged.widened = scaled(widened_bounds(f, stated, options), factor);
  c.judged.numbers = stated_numbers(f, factor);
  v.text = std::move(f.text);  // after widened_bounds, which reads its digits
  v.written = f.value ? Bounds{*f.value * factor, *f.value * factor} : scaled(Bounds{f.low, f.high}, factor);
  c.judged.source = *e.source;
  v.compared = currency_ok && (stated.low || stated.high);
  return c;
}

FactGroup figure_group(const FigureKey& key, std::vector<Entry> entries, const EntityResolver& names, const RateTable& rates,
                       const CompareOptions& options) {
  std::sort(entries.begin(), entries.end(), entry_order);
  FactGroup g;
  g.kind = GroupKind::Figure;
  g.subject = names.display_name(key.cluster);
  g.names = names.names(key.cluster);
  g.role = key.role;
  g.figure_kind = key.kind;
  std::vector<std::string> pers, units;
  std::set<std::string> currencies;
  std::size_t unknown_currency = 0;
  for (const Entry& e : entries) {
    pers.push_back(e.fact->per);
    units.push_back(e.fact->unit);
    if (!e.fact->currency.empty()) currencies.insert(e.fact->currency);
    else if (e.fact->kind == FigureKind::Money) ++unknown_currency;
  }
  g.per = most_used(pers);
  g.unit = most_used(units);
  const double display_size = rates.parse(g.per).size;
  if (currencies.size() == 1) g.currency = *currencies.begin();
  const bool mixed = currencies.size() > 1;
  std::vector<Candidate> candidates;
  for (const Entry& e : entries) candidates.push_back(candidate(e, display_size / e.rate.size, !mixed, options));
  if (mixed) {
    g.verdict = Agreement::NotComparable;
    g.note = fmt::format("currencies differ ({}): no exchange rates", fmt::join(currencies, ", "));
  }
  settle_group(g, std::move(candidates));
  if (!mixed && !g.currency.empty() && unknown_currency > 0)
    g.caveats.push_back(fmt::format("currency not stated by {} value{}, taken as {}", unknown_currency,
                                    unknown_currency > 1 ? "s" : "", g.currency));
  g.title = title_of(g);
  return g;
}

}  // namespace

ResolvedRefs resolve_refs(const std::vector<ArticleFacts>& articles) {
  ResolvedRefs refs;
  const Companies companies = companies_of(articles);
  for (const ArticleFacts& article : articles) {
    for (const FigureFact& f : article.figures) refs.figures.push_back(refs.names.add(grouping_subject(f, companies)));
    for (const ComparisonFact& c : article.comparisons)
      refs.comparisons.emplace_back(refs.names.add(c.subject), refs.names.add(c.object));
  }
  refs.names.resolve();
  return refs;
}

std::vector<FactGroup> figure_groups(std::vector<ArticleFacts>& articles, const ResolvedRefs& refs, const CompareOptions& options) {
  const RateTable rates;
  std::map<FigureKey, std::vector<Entry>> by_key;
  std::size_t next = 0;
  for (ArticleFacts& article : articles) {
    for (FigureFact& f : article.figures) {
      const Entry entry{&article.source, &f, rates.parse(f.per)};
      const std::string unit = f.kind == FigureKind::Quantity ? unit_key(f.unit) : std::string();
      by_key[FigureKey{refs.names.cluster_of(refs.figures[next++]), f.role, f.kind, unit, entry.rate.dimension}].push_back(entry);
    }
  }
  std::vector<FactGroup> groups;
  for (auto& [key, entries] : by_key) groups.push_back(figure_group(key, std::move(entries), refs.names, rates, options));
  return groups;
}

}  // namespace analyze::compare_detail
