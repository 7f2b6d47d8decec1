// Readable form of a ComparisonReport: per group its title, verdict, spread
// and positions, then each value with its article and a shortened sentence.
#include <fmt/format.h>

#include <ostream>

#include "analyze/compare.h"
#include "compare_internal.h"
#include "text_palette.h"

namespace analyze {
namespace {

using compare_detail::short_number;

constexpr std::size_t kSentenceBytes = 160;

using Palette = TextPalette;

// "CONFLICT", "MINOR DIFFERENCE"…, in the colour of the verdict.
std::string verdict_text(const Palette& p, Agreement a) {
  std::string name(to_string(a));
  for (char& c : name) c = c == '_' ? ' ' : static_cast<char>(c - 'a' + 'A');
  switch (a) {
    case Agreement::Conflict: return p.paint("1;31", name);
    case Agreement::NotComparable: return p.paint("35", name);
    case Agreement::MinorDifference: return p.paint("33", name);
    case Agreement::Agree: return p.paint("32", name);
    case Agreement::Insufficient: return p.paint("2", name);
  }
  return name;
}

std::string position_label(int position) { return position >= 0 && position < 26 ? std::string(1, static_cast<char>('A' + position)) : "?"; }

std::string range_words(const Bounds& b) {
  if (b.low && b.high) return *b.low == *b.high ? short_number(*b.low) : short_number(*b.low) + "–" + short_number(*b.high);
  if (b.low) return "≥ " + short_number(*b.low);
  if (b.high) return "≤ " + short_number(*b.high);
  return "no number";
}

// "about 6 M USD / 1M tokens", "at most 6 M USD", "100 M–1 Md USD (vague)".
std::string value_words(const FactGroup& g, const GroupValue& v) {
  if (g.kind == GroupKind::Comparison) {
    std::string words = v.value ? short_number(*v.value) : "no ratio";
    if (v.a_value && v.b_value) words += fmt::format(" ({} vs {})", short_number(*v.a_value), short_number(*v.b_value));
    return words;
  }
  std::string words;
  if (v.approx != Approx::None) {
    std::string approx(to_string(v.approx));
    for (char& c : approx) c = c == '_' ? ' ' : c;
    words = approx + " ";
  }
  words += range_words(v.written);
  if (g.figure_kind == FigureKind::Percent) words += " %";
  const std::string currency = v.currency.empty() ? g.currency : v.currency;
  if (!currency.empty()) words += " " + currency + (v.currency.empty() ? " (not stated)" : "");
  if (!g.per.empty()) words += " / " + g.per;
  if (v.per != g.per) words += v.per.empty() ? " (no rate stated)" : " (from / " + v.per + ")";
  if (v.vague) words += " (vague)";
  return words;
}

// True when `written` is only another spelling of `display` ("Deepseek", "o1" for "OpenAI o1").
bool same_name(std::string_view display, std::string_view written) {
  const std::string d = compare_detail::name_key(display), w = compare_detail::name_key(written);
  return d == w || (d.size() > w.size() && d.compare(d.size() - w.size(), w.size(), w) == 0 && d[d.size() - w.size() - 1] == ' ');
}

// "[DeepSeek-V3]" when the article names the subject in another way than the title.
std::string as_written(const FactGroup& g, const GroupValue& v) {
  if (g.kind == GroupKind::Figure) return same_name(g.subject, v.subject) ? "" : fmt::format(" [{}]", v.subject);
  if (same_name(g.subject, v.subject) && same_name(g.object, v.object)) return "";
  return fmt::format(" [{} / {}]", v.subject, v.object);
}

void write_group(std::ostream& out, const FactGroup& g, const Palette& p) {
  out << p.bold("== " + g.title) << ": " << verdict_text(p, g.verdict) << '\n';
  const bool labelled = g.positions.size() > 1;
  if (!g.note.empty() && !labelled) out << "   " << g.note << '\n';
  for (const std::string& caveat : g.caveats) out << "   " << caveat << '\n';
  if (g.spread) {
    std::string spread = fmt::format("   spread {} … {}", short_number(g.spread->min), short_number(g.spread->max));
    if (g.spread->ratio && *g.spread->ratio != 1) spread += fmt::format(", max/min {:.3g}", *g.spread->ratio);
    out << spread << fmt::format("; {} article{}\n", g.articles, g.articles > 1 ? "s" : "");
  }
  if (labelled) {
    out << fmt::format("   the articles take {} positions:\n", g.positions.size());
    for (std::size_t i = 0; i < g.positions.size(); ++i)
      out << fmt::format("   {}: {} ({})\n", position_label(static_cast<int>(i)), range_words(g.positions[i].range),
                         fmt::join(g.positions[i].sources, ", "));
  }
  for (const GroupValue& v : g.values) {
    std::string line = fmt::format("   {} {}: ", labelled ? position_label(v.position) : "-", v.source);
    if (!v.text.empty()) line += fmt::format("\"{}\" = ", v.text);
    line += value_words(g, v) + as_written(g, v);
    if (v.mentions > 1) line += fmt::format(" (×{})", v.mentions);
    if (!v.compared && g.verdict != Agreement::NotComparable) line += " (not compared)";
    out << line << '\n';
    if (!v.context.empty()) out << "       " << p.dim(compare_detail::shorten_around(v.context, v.text, kSentenceBytes)) << '\n';
  }
  out << '\n';
}

std::string counted(std::size_t n, std::string_view noun) { return fmt::format("{} {}{}", n, noun, n == 1 ? "" : "s"); }

bool is_disagreement_candidate(const FactGroup& g) { return g.cross_article && g.verdict != Agreement::Insufficient; }

void write_summary(std::ostream& out, const ComparisonReport& r, std::size_t shown, const Palette& p) {
  out << p.bold(fmt::format("Cross-article comparison of {} article{}", r.articles, r.articles == 1 ? "" : "s")) << '\n';
  out << fmt::format("{} and {} with a subject; {} left out (no subject, or no role to compare by).\n",
                     counted(r.figure_facts, "figure"), counted(r.comparison_facts, "comparison"), counted(r.skipped_figures, "figure"));
  std::size_t counts[5] = {};
  for (const FactGroup& g : r.groups)
    if (is_disagreement_candidate(g)) ++counts[static_cast<int>(g.verdict)];
  if (shown == 0) {
    out << "No amount or ratio is stated by two articles or more: nothing to compare.\n";
    return;
  }
  out << fmt::format("{} group{} with values from two articles or more: {} conflict, {} not comparable, {} minor difference, {} agree.\n",
                     shown, shown > 1 ? "s" : "", counts[static_cast<int>(Agreement::Conflict)],
                     counts[static_cast<int>(Agreement::NotComparable)], counts[static_cast<int>(Agreement::MinorDifference)],
                     counts[static_cast<int>(Agreement::Agree)]);
}

}  // namespace

void write_comparison_text(std::ostream& out, const ComparisonReport& report, const TextReportOptions& options) {
  const Palette p{options.color};
  std::size_t shown = 0;
  for (const FactGroup& g : report.groups) shown += is_disagreement_candidate(g);
  write_summary(out, report, shown, p);
  out << '\n';
  for (const FactGroup& g : report.groups)
    if (is_disagreement_candidate(g)) write_group(out, g, p);
  const std::size_t others = report.groups.size() - shown;
  if (others == 0) return;
  if (!options.all) {
    out << p.dim(fmt::format("{} more group{} stated by one article only or with nothing to compare: --all lists them, "
                             "--format json has everything.\n",
                             others, others > 1 ? "s" : ""));
    return;
  }
  out << p.bold("Stated by one article only, or nothing to compare") << "\n\n";
  for (const FactGroup& g : report.groups)
    if (!is_disagreement_candidate(g)) write_group(out, g, p);
}

}  // namespace analyze
