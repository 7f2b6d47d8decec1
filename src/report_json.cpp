// JSON form of a Document: see report.h and docs/output.md.
#include "analyze/report.h"

#include <ostream>

#include "json_writer.h"

namespace analyze {
namespace {

std::string_view entity_name(const Document& doc, int index) {
  if (index < 0 || static_cast<std::size_t>(index) >= doc.entities.size()) return {};
  return doc.entities[static_cast<std::size_t>(index)].name;
}

void write_figure(JsonWriter& w, const Document& doc, const Figure& f) {
  w.begin_object();
  w.field("text", figure_text(doc, f));
  w.field("kind", to_string(f.kind));
  if (f.value) w.field("value", *f.value);
  if (f.low) w.field("low", *f.low);
  if (f.high) w.field("high", *f.high);
  w.field_or_null("currency", f.currency);
  w.field_or_null("unit", f.unit);
  w.field_or_null("per", f.per);
  w.field_or_null("approx", to_string(f.approx));
  w.field("vague", f.vague);
  w.field_or_null("subject", entity_name(doc, f.subject));
  w.field_or_null("role", to_string(f.role));
  w.field("start", f.span.start);
  w.field("end", f.span.end);
  w.field("sentence", f.sentence);
  w.field("context", figure_context(doc, f));
  w.end_object();
}

void write_entity(JsonWriter& w, const Document& doc, const Entity& e) {
  w.begin_object();
  w.field("type", to_string(e.type));
  w.field("name", e.name);
  w.key("aliases");
  w.begin_array();
  for (const std::string& alias : e.aliases) w.value(alias);
  w.end_array();
  w.field("origin", e.origin);
  w.field_or_null("owner", entity_name(doc, e.owner));
  w.key("mentions");
  w.begin_array();
  for (const Mention& m : e.mentions) {
    w.begin_object();
    w.field("start", m.span.start);
    w.field("end", m.span.end);
    w.field("sentence", m.sentence);
    w.end_object();
  }
  w.end_array();
  w.end_object();
}

void write_figure_index(JsonWriter& w, std::string_view name, int index) {
  w.key(name);
  index >= 0 ? w.value(index) : w.null();
}

void write_claim(JsonWriter& w, const Document& doc, const Claim& c) {
  w.begin_object();
  w.field("kind", to_string(c.kind));
  w.field_or_null("subject", entity_name(doc, c.subject));
  w.field_or_null("object", entity_name(doc, c.object));
  w.field("subject_value", c.subject_value);
  w.field("object_value", c.object_value);
  write_figure_index(w, "subject_figure", c.subject_figure);
  write_figure_index(w, "object_figure", c.object_figure);
  w.field("ratio", c.ratio);
  w.field_or_null("ratio_text", c.ratio_text);
  w.field("stated_ratio", c.stated_ratio);
  w.field("verdict", to_string(c.verdict));
  w.field_or_null("verdict_note", c.verdict_note);
  w.field("sentence", c.sentence);
  w.field("text", claim_sentence(doc, c));
  w.end_object();
}

template <typename Item, typename Write>
void write_array(JsonWriter& w, std::string_view name, const std::vector<Item>& items, Write write) {
  w.key(name);
  w.begin_array();
  for (const Item& item : items) write(item);
  w.end_array();
}

void write_document(JsonWriter& w, const Document& doc) {
  w.begin_object();
  w.field("source", doc.source);
  w.field("encoding", doc.encoding);
  w.key("stats");
  w.begin_object();
  w.field("bytes", doc.stats.bytes);
  w.field("sentences", doc.stats.sentences);
  w.field("tokens", doc.stats.tokens);
  w.field("words", doc.stats.words);
  w.end_object();
  write_array(w, "warnings", doc.warnings, [&](const std::string& s) { w.value(s); });
  write_array(w, "entities", doc.entities, [&](const Entity& e) { write_entity(w, doc, e); });
  write_array(w, "figures", doc.figures, [&](const Figure& f) { write_figure(w, doc, f); });
  write_array(w, "claims", doc.claims, [&](const Claim& c) { write_claim(w, doc, c); });
  w.end_object();
}

}  // namespace

std::string document_to_json(const Document& doc, bool pretty) {
  std::string out;
  out.reserve(4096);
  JsonWriter w(out, pretty);
  write_document(w, doc);
  return out;
}

void write_document_json(std::ostream& out, const Document& doc, bool pretty) {
  std::string buffer;
  buffer.reserve(JsonWriter::kFlushBytes + 4096);
  JsonWriter w(buffer, pretty, out);
  write_document(w, doc);
  w.flush();
}

}  // namespace analyze
