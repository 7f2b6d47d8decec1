// JSON form of a Document: see report.h and docs/output.md.
#include <nlohmann/json.hpp>

#include "analyze/report.h"

namespace analyze {
namespace {

using Json = nlohmann::ordered_json;

Json optional_number(const std::optional<double>& v) { return v ? Json(*v) : Json(nullptr); }

Json optional_string(std::string_view s) { return s.empty() ? Json(nullptr) : Json(std::string(s)); }

Json entity_name(const Document& doc, int index) {
  if (index < 0 || static_cast<std::size_t>(index) >= doc.entities.size()) return nullptr;
  return doc.entities[static_cast<std::size_t>(index)].name;
}

Json figure_json(const Document& doc, const Figure& f) {
  Json j;
  j["text"] = f.text;
  j["kind"] = std::string(to_string(f.kind));
  if (f.value) j["value"] = *f.value;
  if (f.low) j["low"] = *f.low;
  if (f.high) j["high"] = *f.high;
  j["currency"] = optional_string(f.currency);
  j["unit"] = optional_string(f.unit);
  j["per"] = optional_string(f.per);
  j["approx"] = optional_string(to_string(f.approx));
  j["vague"] = f.vague;
  j["subject"] = entity_name(doc, f.subject);
  j["role"] = optional_string(to_string(f.role));
  j["start"] = f.span.start;
  j["end"] = f.span.end;
  j["sentence"] = f.sentence;
  j["context"] = f.context;
  return j;
}

Json entity_json(const Document& doc, const Entity& e) {
  Json j;
  j["type"] = std::string(to_string(e.type));
  j["name"] = e.name;
  j["aliases"] = e.aliases;
  j["origin"] = e.origin;
  j["owner"] = entity_name(doc, e.owner);
  Json mentions = Json::array();
  for (const Mention& m : e.mentions) mentions.push_back(Json{{"start", m.span.start}, {"end", m.span.end}, {"sentence", m.sentence}});
  j["mentions"] = std::move(mentions);
  return j;
}

Json claim_json(const Document& doc, const Claim& c) {
  Json j;
  j["kind"] = std::string(to_string(c.kind));
  j["subject"] = entity_name(doc, c.subject);
  j["object"] = entity_name(doc, c.object);
  j["subject_value"] = optional_number(c.subject_value);
  j["object_value"] = optional_number(c.object_value);
  j["subject_figure"] = c.subject_figure >= 0 ? Json(c.subject_figure) : Json(nullptr);
  j["object_figure"] = c.object_figure >= 0 ? Json(c.object_figure) : Json(nullptr);
  j["ratio"] = optional_number(c.ratio);
  j["ratio_text"] = optional_string(c.ratio_text);
  j["stated_ratio"] = optional_number(c.stated_ratio);
  j["verdict"] = std::string(to_string(c.verdict));
  j["verdict_note"] = optional_string(c.verdict_note);
  j["sentence"] = c.sentence;
  j["text"] = c.text;
  return j;
}

}  // namespace

std::string document_to_json(const Document& doc, bool pretty) {
  Json j;
  j["source"] = doc.source;
  j["encoding"] = doc.encoding;
  j["stats"] = Json{{"bytes", doc.stats.bytes}, {"sentences", doc.stats.sentences}, {"tokens", doc.stats.tokens}, {"words", doc.stats.words}};
  j["warnings"] = doc.warnings;
  Json entities = Json::array();
  for (const Entity& e : doc.entities) entities.push_back(entity_json(doc, e));
  j["entities"] = std::move(entities);
  Json figures = Json::array();
  for (const Figure& f : doc.figures) figures.push_back(figure_json(doc, f));
  j["figures"] = std::move(figures);
  Json claims = Json::array();
  for (const Claim& c : doc.claims) claims.push_back(claim_json(doc, c));
  j["claims"] = std::move(claims);
  // Invalid UTF-8 cannot reach here (decode_article repairs it), but never throw on output.
  return j.dump(pretty ? 2 : -1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace analyze
