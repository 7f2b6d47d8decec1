// Comparable facts from saved JSON output (`--format jsonl` or `json`), so
// that comparison can run far from extraction: see analyze/compare.h.
#include <nlohmann/json.hpp>

#include <istream>
#include <iterator>
#include <unordered_map>

#include "analyze/compare.h"
#include "analyze/utf8.h"
#include "compare_internal.h"

namespace analyze {
namespace {

using Json = nlohmann::json;

// Reads typed fields, keeping the first error with the path of its field
// ("figures[2].value: expected a number"). Missing or null fields are empty.
class FieldReader {
 public:
  explicit FieldReader(std::string* error) : error_(error) {}
  bool ok() const { return !failed_; }

  void fail(const std::string& where, std::string_view what) {
    if (failed_) return;
    failed_ = true;
    *error_ = where.empty() ? std::string(what) : where + ": " + std::string(what);
  }

  const Json* field(const Json& obj, const char* key) const {
    auto it = obj.find(key);
    return it == obj.end() || it->is_null() ? nullptr : &*it;
  }

  std::string string(const Json& obj, const char* key, const std::string& where) {
    const Json* j = field(obj, key);
    if (!j) return {};
    if (!j->is_string()) return fail(where + "." + key, "expected a string"), std::string();
    return j->get<std::string>();
  }

  std::optional<double> number(const Json& obj, const char* key, const std::string& where) {
    const Json* j = field(obj, key);
    if (!j) return std::nullopt;
    if (!j->is_number()) return fail(where + "." + key, "expected a number"), std::nullopt;
    return j->get<double>();
  }

  std::uint32_t count(const Json& obj, const char* key, const std::string& where) {
    const Json* j = field(obj, key);
    if (!j) return 0;
    if (!j->is_number_unsigned()) return fail(where + "." + key, "expected a count"), 0;
    return j->get<std::uint32_t>();
  }

  bool boolean(const Json& obj, const char* key, const std::string& where) {
    const Json* j = field(obj, key);
    if (!j) return false;
    if (!j->is_boolean()) return fail(where + "." + key, "expected true or false"), false;
    return j->get<bool>();
  }

  const Json& array(const Json& obj, const char* key) {
    static const Json kEmpty = Json::array();
    const Json* j = field(obj, key);
    if (!j) return kEmpty;
    if (!j->is_array()) return fail(key, "expected an array"), kEmpty;
    return *j;
  }

  // An enum field: `parse` maps its name; a missing field gives `fallback`.
  template <typename Enum, typename Parse>
  Enum name(const Json& obj, const char* key, const std::string& where, Parse parse, Enum fallback) {
    const std::string s = string(obj, key, where);
    if (s.empty()) return fallback;
    if (auto e = parse(s)) return *e;
    fail(where + "." + key, "unknown value \"" + s + "\"");
    return fallback;
  }

 private:
  std::string* error_;
  bool failed_ = false;
};

std::string at(const char* array, std::size_t i) { return std::string(array) + "[" + std::to_string(i) + "]"; }

// The entities of one document, found by the names figures and claims use.
class EntityTable {
 public:
  EntityTable(const Json& entities, FieldReader& r) {
    for (std::size_t i = 0; i < entities.size() && r.ok(); ++i) {
      const Json& e = entities[i];
      const std::string where = at("entities", i);
      if (!e.is_object()) {
        r.fail(where, "expected an object");
        return;
      }
      Row row;
      row.name.name = r.string(e, "name", where);
      row.name.type = r.name(e, "type", where, entity_type_from_string, EntityType::Company);
      for (const Json& alias : r.array(e, "aliases"))
        if (alias.is_string()) row.name.aliases.push_back(alias.get<std::string>());
      row.owner = r.string(e, "owner", where);
      by_name_.emplace(row.name.name, rows_.size());  // the first entity of a name wins, as in the Document
      rows_.push_back(std::move(row));
    }
  }

  EntityRef ref(const std::string& name) const {
    if (name.empty()) return {};
    const Row* row = find(name);
    if (!row) return EntityRef{EntityName{name, {}, std::nullopt}, {}};
    EntityRef ref{row->name, {}};
    if (!row->owner.empty()) ref.owner = find(row->owner) ? find(row->owner)->name : EntityName{row->owner, {}, std::nullopt};
    return ref;
  }

 private:
  struct Row {
    EntityName name;
    std::string owner;
  };
  const Row* find(const std::string& name) const {
    auto it = by_name_.find(name);
    return it == by_name_.end() ? nullptr : &rows_[it->second];
  }
  std::vector<Row> rows_;
  std::unordered_map<std::string, std::size_t> by_name_;
};

FigureFact figure_fact(const Json& f, const std::string& where, const EntityTable& entities, FieldReader& r) {
  FigureFact fact;
  fact.subject = entities.ref(r.string(f, "subject", where));
  fact.role = r.name(f, "role", where, role_from_string, Role::None);
  fact.kind = r.name(f, "kind", where, figure_kind_from_string, FigureKind::Money);
  fact.value = r.number(f, "value", where);
  fact.low = r.number(f, "low", where);
  fact.high = r.number(f, "high", where);
  fact.currency = r.string(f, "currency", where);
  fact.unit = r.string(f, "unit", where);
  fact.per = r.string(f, "per", where);
  fact.approx = r.name(f, "approx", where, approx_from_string, Approx::None);
  fact.vague = r.boolean(f, "vague", where);
  fact.text = r.string(f, "text", where);
  fact.context = r.string(f, "context", where);
  fact.sentence = r.count(f, "sentence", where);
  return fact;
}

ComparisonFact comparison_fact(const Json& c, const std::string& where, const EntityTable& entities, FieldReader& r) {
  ComparisonFact fact;
  fact.kind = r.name(c, "kind", where, claim_kind_from_string, ClaimKind::Cost);
  fact.subject = entities.ref(r.string(c, "subject", where));
  fact.object = entities.ref(r.string(c, "object", where));
  fact.subject_value = r.number(c, "subject_value", where);
  fact.object_value = r.number(c, "object_value", where);
  fact.ratio = r.number(c, "ratio", where);
  fact.stated_ratio = r.number(c, "stated_ratio", where);
  fact.ratio_text = r.string(c, "ratio_text", where);
  fact.text = r.string(c, "text", where);
  fact.sentence = r.count(c, "sentence", where);
  return fact;
}

bool facts_from_value(const Json& doc, ArticleFacts* facts, std::string* error) {
  if (!doc.is_object()) return *error = "expected a JSON object (one document)", false;
  if (doc.contains("error") && !doc.contains("figures"))
    return *error = "the article failed upstream: " + (doc["error"].is_string() ? doc["error"].get<std::string>() : doc["error"].dump()), false;
  FieldReader r(error);
  *facts = ArticleFacts{};
  facts->source = r.string(doc, "source", "");
  if (facts->source.empty()) facts->source = r.string(doc, "id", "");
  const EntityTable entities(r.array(doc, "entities"), r);
  const Json& figures = r.array(doc, "figures");
  for (std::size_t i = 0; i < figures.size() && r.ok(); ++i) {
    if (!figures[i].is_object()) return r.fail(at("figures", i), "expected an object"), false;
    FigureFact fact = figure_fact(figures[i], at("figures", i), entities, r);
    if (compare_detail::is_comparable(fact)) facts->figures.push_back(std::move(fact));
    else ++facts->skipped_figures;
  }
  const Json& claims = r.array(doc, "claims");
  for (std::size_t i = 0; i < claims.size() && r.ok(); ++i) {
    if (!claims[i].is_object()) return r.fail(at("claims", i), "expected an object"), false;
    ComparisonFact fact = comparison_fact(claims[i], at("claims", i), entities, r);
    if (!fact.subject.entity.name.empty() && !fact.object.entity.name.empty()) facts->comparisons.push_back(std::move(fact));
  }
  return r.ok();
}

bool parse_json(std::string_view text, Json* out, std::string* error) {
  try {
    *out = Json::parse(text.begin(), text.end());
    return true;
  } catch (const Json::parse_error& e) {
    // Drop the "[json.exception.parse_error.101] " prefix: the user needs the position and reason.
    const std::string what = e.what();
    const auto bracket = what.find("] ");
    *error = "not valid JSON: " + (bracket == std::string::npos ? what : what.substr(bracket + 2));
    return false;
  }
}

std::string_view strip_bom(std::string_view line) {
  constexpr std::string_view kBom = "\xEF\xBB\xBF";
  return line.substr(0, kBom.size()) == kBom ? line.substr(kBom.size()) : line;
}

// Saved `--format json` output: one document or an array of them, maybe indented.
std::size_t read_whole_json(std::istream& in, std::string text, std::string_view name,
                            const std::function<void(ArticleFacts&&)>& sink, std::vector<std::string>* errors) {
  text.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  Json doc;
  std::string error;
  if (!parse_json(strip_bom(text), &doc, &error)) return errors->push_back(std::string(name) + ": " + error), 0;
  const Json docs = doc.is_array() ? std::move(doc) : Json::array({std::move(doc)});
  std::size_t read = 0;
  for (std::size_t i = 0; i < docs.size(); ++i) {
    ArticleFacts facts;
    if (!facts_from_value(docs[i], &facts, &error)) {
      errors->push_back(std::string(name) + ": document " + std::to_string(i + 1) + ": " + error);
      continue;
    }
    sink(std::move(facts));
    ++read;
  }
  return read;
}

}  // namespace

bool facts_from_json(std::string_view json, ArticleFacts* facts, std::string* error) {
  Json doc;
  return parse_json(json, &doc, error) && facts_from_value(doc, facts, error);
}

std::size_t read_saved_results(std::istream& in, std::string_view name, const std::function<void(ArticleFacts&&)>& sink,
                               std::vector<std::string>* errors) {
  std::size_t read = 0, line_number = 0;
  bool first = true;
  std::string line;
  while (std::getline(in, line)) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const std::string_view content = trim(line_number == 1 ? strip_bom(line) : std::string_view(line));
    if (content.empty()) continue;
    // An array, or an indented object: the whole input is one JSON value.
    if (first && (content.front() == '[' || content == "{")) return read_whole_json(in, line + '\n', name, sink, errors);
    first = false;
    ArticleFacts facts;
    std::string error;
    if (!facts_from_json(content, &facts, &error)) {
      errors->push_back(std::string(name) + ":" + std::to_string(line_number) + ": " + error);
      continue;
    }
    sink(std::move(facts));
    ++read;
  }
  return read;
}

}  // namespace analyze
