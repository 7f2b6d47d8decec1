// JSON and JSON Lines forms of a ComparisonReport (schema in docs/compare.md).
#include <nlohmann/json.hpp>

#include <map>
#include <ostream>
#include <sstream>

#include "analyze/compare.h"
#include "compare_internal.h"

namespace analyze {
namespace {

using Json = nlohmann::ordered_json;
using compare_detail::round_significant;

// Computed numbers lose their float noise (60.00000000000001 → 60).
Json computed(const std::optional<double>& v) { return v ? Json(round_significant(*v, 12)) : Json(nullptr); }
Json stated(const std::optional<double>& v) { return v ? Json(*v) : Json(nullptr); }
Json text_or_null(std::string_view s) { return s.empty() ? Json(nullptr) : Json(std::string(s)); }

Json bounds_json(const Bounds& b) { return Json{{"low", computed(b.low)}, {"high", computed(b.high)}}; }

Json value_json(const FactGroup& g, const GroupValue& v) {
  Json j;
  j["source"] = v.source;
  j["subject"] = v.subject;
  if (g.kind == GroupKind::Comparison) j["object"] = v.object;
  j["text"] = v.text;
  if (g.kind == GroupKind::Figure) {
    j["value"] = stated(v.value);
    j["low"] = stated(v.low);
    j["high"] = stated(v.high);
    j["currency"] = text_or_null(v.currency);
    j["per"] = text_or_null(v.per);
    j["approx"] = text_or_null(to_string(v.approx));
    j["vague"] = v.vague;
  } else {
    j["ratio"] = computed(v.value);
    j["a_value"] = stated(v.a_value);
    j["b_value"] = stated(v.b_value);
  }
  j["written"] = bounds_json(v.written);
  j["bounds"] = bounds_json(v.stated);
  j["compared"] = v.compared;
  j["position"] = v.position >= 0 ? Json(v.position) : Json(nullptr);
  j["mentions"] = v.mentions;
  j["context"] = v.context;
  return j;
}

// A group without its values.
Json group_json(const FactGroup& g) {
  Json j;
  j["kind"] = g.kind == GroupKind::Figure ? "figure" : "comparison";
  j["title"] = g.title;
  j["subject"] = g.subject;
  if (g.kind == GroupKind::Figure) {
    j["role"] = text_or_null(to_string(g.role));
    j["figure_kind"] = std::string(to_string(g.figure_kind));
    j["unit"] = text_or_null(g.unit);
    j["per"] = text_or_null(g.per);
    j["currency"] = text_or_null(g.currency);
  } else {
    j["object"] = g.object;
    j["claim_kind"] = std::string(to_string(g.claim_kind));
  }
  j["names"] = g.names;
  j["articles"] = g.articles;
  j["cross_article"] = g.cross_article;
  j["verdict"] = std::string(to_string(g.verdict));
  j["note"] = g.note;
  j["caveats"] = g.caveats;
  j["spread"] = g.spread ? Json{{"min", computed(g.spread->min)}, {"max", computed(g.spread->max)}, {"ratio", computed(g.spread->ratio)}}
                         : Json(nullptr);
  Json positions = Json::array();
  for (const Position& p : g.positions) positions.push_back(Json{{"low", computed(p.range.low)}, {"high", computed(p.range.high)}, {"sources", p.sources}});
  j["positions"] = std::move(positions);
  return j;  // "values" are written one at a time
}

Json summary_json(const ComparisonReport& r) {
  Json j;
  j["articles"] = r.articles;
  j["figure_facts"] = r.figure_facts;
  j["comparison_facts"] = r.comparison_facts;
  j["skipped_figures"] = r.skipped_figures;
  j["group_count"] = r.groups.size();
  std::size_t cross = 0;
  std::map<std::string, std::size_t> verdicts;
  for (const FactGroup& g : r.groups)
    if (g.cross_article) ++cross, ++verdicts[std::string(to_string(g.verdict))];
  j["cross_article_groups"] = cross;
  Json counts = Json::object();
  for (Agreement a : {Agreement::Conflict, Agreement::NotComparable, Agreement::MinorDifference, Agreement::Agree, Agreement::Insufficient})
    counts[std::string(to_string(a))] = verdicts[std::string(to_string(a))];
  j["cross_article_verdicts"] = std::move(counts);
  return j;
}

std::string dump(const Json& j, bool pretty) { return j.dump(pretty ? 2 : -1, ' ', false, Json::error_handler_t::replace); }

std::string padding(int depth) { return std::string(static_cast<std::size_t>(2 * depth), ' '); }

// `j` dumped, its lines after the first moved right to sit at nesting `depth`.
std::string dump_at(const Json& j, bool pretty, int depth) {
  const std::string text = dump(j, pretty);
  if (!pretty || depth == 0) return text;
  const std::string pad = padding(depth);
  std::string out;
  for (char c : text) {
    out.push_back(c);
    if (c == '\n') out.append(pad);
  }
  return out;
}

// Writes the object `head` (at nesting `depth`) with one more member, the
// array `key`, whose `count` elements `element(i, depth)` writes one at a
// time: a report of millions of values never exists whole as a JSON tree.
// The bytes are those of dumping the whole object at once.
template <typename Element>
void write_with_array(std::ostream& out, const Json& head, const char* key, std::size_t count, Element element, bool pretty,
                      int depth) {
  std::string text = dump_at(head, pretty, depth);
  text.pop_back();  // the closing brace
  if (pretty && text.size() > 1) text.erase(text.find_last_not_of(" \n") + 1);
  out << text << (head.empty() ? "" : ",");
  if (pretty) out << '\n' << padding(depth + 1) << '"' << key << "\": [";
  else out << '"' << key << "\":[";
  for (std::size_t i = 0; i < count; ++i) {
    out << (i ? "," : "");
    if (pretty) out << '\n' << padding(depth + 2);
    element(i, depth + 2);
  }
  if (pretty && count) out << '\n' << padding(depth + 1);
  if (pretty) out << "]\n" << padding(depth) << '}';
  else out << "]}";
}

void write_group(std::ostream& out, const FactGroup& g, bool pretty, int depth) {
  write_with_array(
      out, group_json(g), "values", g.values.size(),
      [&](std::size_t i, int at) { out << dump_at(value_json(g, g.values[i]), pretty, at); }, pretty, depth);
}

}  // namespace

void write_comparison_json(std::ostream& out, const ComparisonReport& report, bool pretty) {
  write_with_array(
      out, summary_json(report), "groups", report.groups.size(),
      [&](std::size_t i, int at) { write_group(out, report.groups[i], pretty, at); }, pretty, 0);
}

std::string comparison_report_to_json(const ComparisonReport& report, bool pretty) {
  std::ostringstream out;
  write_comparison_json(out, report, pretty);
  return out.str();
}

void write_comparison_jsonl(std::ostream& out, const ComparisonReport& report) {
  out << dump(Json{{"summary", summary_json(report)}}, false) << '\n';
  for (const FactGroup& g : report.groups) {
    write_group(out, g, false, 0);
    out << '\n';
  }
}

}  // namespace analyze
