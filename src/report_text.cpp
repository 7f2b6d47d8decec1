// Text report: see report_text.h.
#include "analyze/report_text.h"

#include <fmt/format.h>

#include <algorithm>

#include "analyze/report.h"

namespace analyze {
namespace {

struct Palette {
  bool on;
  std::string bold(std::string_view s) const { return on ? fmt::format("\x1b[1m{}\x1b[0m", s) : std::string(s); }
  std::string dim(std::string_view s) const { return on ? fmt::format("\x1b[2m{}\x1b[0m", s) : std::string(s); }
  std::string warn(std::string_view s) const { return on ? fmt::format("\x1b[33m{}\x1b[0m", s) : std::string(s); }
};

std::string entity_name(const Document& doc, int index) {
  if (index < 0 || static_cast<std::size_t>(index) >= doc.entities.size()) return "?";
  return doc.entities[static_cast<std::size_t>(index)].name;
}

std::string figure_number(const Figure& f) {
  if (f.value) return format_number(*f.value);
  if (f.low && f.high) return format_number(*f.low) + "–" + format_number(*f.high);
  if (f.low) return "≥" + format_number(*f.low);
  if (f.high) return "≤" + format_number(*f.high);
  return std::string(1, '?');
}

std::string figure_value(const Figure& f) {
  std::string v = figure_number(f);
  if (f.kind == FigureKind::Percent) v += " %";
  if (!f.currency.empty()) v += " " + f.currency;
  if (!f.unit.empty()) v += " " + f.unit;
  if (!f.per.empty()) v += " / " + f.per;
  if (f.approx != Approx::None) v += fmt::format(" ({})", to_string(f.approx));
  if (f.vague) v += " (vague)";
  return v;
}

void write_entities(std::ostream& out, const Document& doc, const Palette& p) {
  out << p.bold("Entities") << '\n';
  if (doc.entities.empty()) out << "  none\n";
  for (EntityType type : {EntityType::Company, EntityType::Person, EntityType::Product, EntityType::Organization}) {
    std::vector<const Entity*> of_type;
    for (const Entity& e : doc.entities)
      if (e.type == type) of_type.push_back(&e);
    if (of_type.empty()) continue;
    std::stable_sort(of_type.begin(), of_type.end(), [](const Entity* a, const Entity* b) { return a->mentions.size() > b->mentions.size(); });
    std::string line;
    for (const Entity* e : of_type) {
      if (!line.empty()) line += ", ";
      line += fmt::format("{} ({})", e->name, e->mentions.size());
    }
    out << fmt::format("  {:<13}{}\n", std::string(to_string(type)) + ":", line);
  }
}

void write_figures(std::ostream& out, const Document& doc, const Palette& p) {
  out << p.bold("Figures") << '\n';
  if (doc.figures.empty()) out << "  none\n";
  for (const Figure& f : doc.figures) {
    std::string about;
    if (f.subject >= 0) about = " → " + entity_name(doc, f.subject);
    if (f.role != Role::None) about += fmt::format(" [{}]", to_string(f.role));
    out << fmt::format("  {:<9}{:<34} = {}{}\n", to_string(f.kind), f.text, figure_value(f), about);
  }
}

}  // namespace


void write_text_report(std::ostream& out, const Document& doc, bool color) {
  const Palette p{color};
  out << p.bold(fmt::format("== {}", doc.source)) << ' '
      << p.dim(fmt::format("({} bytes, {} sentences, {} tokens, {})", doc.stats.bytes, doc.stats.sentences, doc.stats.tokens, doc.encoding))
      << '\n';
  for (const std::string& w : doc.warnings) out << p.warn("warning: " + w) << '\n';
  write_entities(out, doc, p);
  write_figures(out, doc, p);
}

}  // namespace analyze
