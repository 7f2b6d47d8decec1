// Text report: see report_text.h. Sections: entities by type, figures,
// claims by subject (amounts with role and rate, performance claims), and
// comparisons with ratio, verdict and a shortened sentence.
#include "analyze/report_text.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "analyze/report.h"
#include "analyze/utf8.h"
#include "text_palette.h"

namespace analyze {
namespace {

constexpr std::size_t kQuoteBytes = 110;

using Palette = TextPalette;

std::string entity_name(const Document& doc, int index) {
  if (index < 0 || static_cast<std::size_t>(index) >= doc.entities.size()) return "?";
  return doc.entities[static_cast<std::size_t>(index)].name;
}

// At most kQuoteBytes of `sentence`, around `focus` (an offset in it) when given.
std::string quote(std::string_view sentence, std::size_t focus = 0) {
  if (sentence.size() <= kQuoteBytes) return fmt::format("« {} »", sentence);
  std::size_t start = focus > kQuoteBytes / 3 ? code_point_start(sentence, focus - kQuoteBytes / 3) : 0;
  start = std::min(start, code_point_start(sentence, sentence.size() - kQuoteBytes));
  const std::size_t end = code_point_start(sentence, std::min(sentence.size(), start + kQuoteBytes));
  return fmt::format("« {}{}{} »", start > 0 ? "…" : "", sentence.substr(start, end - start), end < sentence.size() ? "…" : "");
}

std::string figure_number(const Figure& f) {
  if (f.value) return format_number(*f.value);
  if (f.low && f.high) return fmt::format("{}–{}", format_number(*f.low), format_number(*f.high));
  if (f.low) return fmt::format("≥{}", format_number(*f.low));
  if (f.high) return fmt::format("≤{}", format_number(*f.high));
  return std::string(1, '?');
}

std::string figure_value(const Figure& f) {
  std::string v = figure_number(f);
  if (f.kind == FigureKind::Percent) v += " %";
  for (const ShortText* part : {&f.currency, &f.unit}) if (!part->empty()) v += fmt::format(" {}", part->view());
  if (!f.per.empty()) v += fmt::format(" / {}", f.per.view());
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
    for (const Entity* e : of_type) line += fmt::format("{}{} ({})", line.empty() ? "" : ", ", e->name, e->mentions.size());
    out << fmt::format("  {:<14}{}\n", std::string(to_string(type)) + ":", line);
  }
}

void write_figures(std::ostream& out, const Document& doc, const Palette& p) {
  out << p.bold("Figures") << '\n';
  if (doc.figures.empty()) out << "  none\n";
  for (const Figure& f : doc.figures) {
    std::string about;
    if (f.subject >= 0) about = fmt::format(" → {}", entity_name(doc, f.subject));
    if (f.role != Role::None) about += fmt::format(" [{}]", to_string(f.role));
    out << fmt::format("  {:<9}{:<32} {}{}\n", to_string(f.kind), figure_text(doc, f), figure_value(f), about);
  }
}

// Per subject: its amounts (with role and rate) and its performance claims.
void write_claims_by_subject(std::ostream& out, const Document& doc, const Palette& p) {
  std::map<int, std::vector<std::string>> lines;  // by entity index, in order of first appearance below
  std::vector<int> order;
  const auto add = [&](int subject, std::string line) {
    if (subject < 0) return;
    if (!lines.count(subject)) order.push_back(subject);
    lines[subject].push_back(std::move(line));
  };
  for (const Figure& f : doc.figures) {
    if (f.kind != FigureKind::Money) continue;
    const std::string context = figure_context(doc, f);
    const std::string role = f.role == Role::None ? "amount" : std::string(to_string(f.role));
    const std::string_view text = figure_text(doc, f);
    add(f.subject, fmt::format("{:<15}{} = {}\n        {}", role, text, figure_value(f), p.dim(quote(context, context.find(text)))));
  }
  for (const Claim& c : doc.claims)
    if (c.kind == ClaimKind::Performance)
      add(c.subject, fmt::format("{:<15}vs {}{}\n        {}", "performance", entity_name(doc, c.object),
                                 c.ratio_text.empty() ? "" : ": " + c.ratio_text, p.dim(quote(claim_sentence(doc, c)))));
  if (order.empty()) return;
  out << p.bold("Claims by subject") << '\n';
  for (const int subject : order) {
    out << "  " << p.bold(entity_name(doc, subject)) << '\n';
    for (const std::string& line : lines[subject]) out << "      " << line << '\n';
  }
}

std::string side(const Document& doc, int entity, const std::optional<double>& value) {
  return value ? fmt::format("{} ({})", entity_name(doc, entity), format_number(*value)) : entity_name(doc, entity);
}

void write_comparisons(std::ostream& out, const Document& doc, const Palette& p) {
  if (doc.claims.empty()) return;
  out << p.bold("Comparisons") << '\n';
  for (const Claim& c : doc.claims) {
    std::string line = fmt::format("  {:<12}{} vs {}", to_string(c.kind), side(doc, c.subject, c.subject_value), side(doc, c.object, c.object_value));
    if (c.ratio) line += fmt::format(", ratio {:.3g}", *c.ratio);
    if (!c.ratio_text.empty()) line += fmt::format(", stated « {} »", c.ratio_text);
    if (c.verdict == Verdict::Consistent) line += fmt::format(" {}", p.good("consistent"));
    if (c.verdict == Verdict::Inconsistent) line += fmt::format(" {}", p.bad("INCONSISTENT"));
    out << line << '\n';
    if (!c.verdict_note.empty()) out << "        " << c.verdict_note << '\n';
    out << "        " << p.dim(quote(claim_sentence(doc, c))) << '\n';
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
  write_claims_by_subject(out, doc, p);
  write_comparisons(out, doc, p);
}

}  // namespace analyze
