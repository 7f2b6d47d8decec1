// `analyze compare` and `analyze --compare`: see compare_command.h.
#include "compare_command.h"

#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <optional>
#include <streambuf>

#include "analyze/compare.h"

namespace analyze::cli {
namespace {

// Exit statuses, as for the main command (docs/cli.md).
constexpr int kExitOk = 0;
constexpr int kExitSomeInputFailed = 1;
constexpr int kExitUsage = 2;

enum class ReportFormat { Text, Json, Jsonl };

std::optional<ReportFormat> report_format(const std::string& name) {
  if (name.empty() || name == "text") return ReportFormat::Text;
  if (name == "json") return ReportFormat::Json;
  if (name == "jsonl") return ReportFormat::Jsonl;
  return std::nullopt;
}

int usage(const std::string& message) {
  std::cerr << "analyze: " << message << "\nTry 'analyze compare --help' for more information.\n";
  return kExitUsage;
}

bool color_wanted(const std::string& mode, bool terminal) {
  if (mode != "auto") return mode == "always";
  const char* no_color = std::getenv("NO_COLOR");
  return terminal && (no_color == nullptr || *no_color == '\0');
}

// Writes the report; returns false when the output failed.
bool write_report(const ComparisonReport& report, ReportFormat format, const TextReportOptions& text, std::ostream& out) {
  switch (format) {
    case ReportFormat::Text: write_comparison_text(out, report, text); break;
    case ReportFormat::Json: write_comparison_json(out, report, true), out << '\n'; break;
    case ReportFormat::Jsonl: write_comparison_jsonl(out, report); break;
  }
  out.flush();
  return static_cast<bool>(out);
}

// Prints the messages (errors and warnings), then the report.
int finish(std::vector<ArticleFacts> articles, ReportFormat format, const TextReportOptions& text,
           const std::vector<std::string>& messages, bool some_input_failed, std::ostream& out) {
  for (const std::string& m : messages) std::cerr << "analyze: " << m << '\n';
  if (!write_report(compare_articles(std::move(articles)), format, text, out)) {
    std::cerr << "analyze: cannot write the report\n";
    return kExitSomeInputFailed;
  }
  return some_input_failed ? kExitSomeInputFailed : kExitOk;
}

// Reads one saved results file ("-": standard input) into `articles`.
void read_results(const std::string& path, std::vector<ArticleFacts>& articles, std::vector<std::string>& errors) {
  auto keep = [&](ArticleFacts&& facts) { articles.push_back(std::move(facts)); };
  if (path == "-") {
    read_saved_results(std::cin, "<stdin>", keep, &errors);
    return;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    errors.push_back(path + ": cannot read: " + std::strerror(errno));
    return;
  }
  read_saved_results(in, path, keep, &errors);
  if (in.bad()) errors.push_back(path + ": read error");
}

// An output stream buffer that turns each JSON line written to it into
// facts at once, so that neither Documents nor their JSON pile up.
class FactLineBuffer : public std::streambuf {
 public:
  explicit FactLineBuffer(std::vector<ArticleFacts>& articles) : articles_(articles) {}

  // Takes a last line without its '\n'.
  void finish() {
    if (!line_.empty()) take_line();
  }

 protected:
  int_type overflow(int_type c) override {
    if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
    put(traits_type::to_char_type(c));
    return c;
  }
  std::streamsize xsputn(const char* s, std::streamsize n) override {
    for (std::streamsize i = 0; i < n; ++i) put(s[i]);
    return n;
  }

 private:
  void put(char c) {
    if (c != '\n') return line_.push_back(c);
    take_line();
  }
  void take_line() {
    ArticleFacts facts;
    std::string error;
    // A line that is no document (a failed stream record) was reported by the extraction already.
    if (facts_from_json(line_, &facts, &error)) articles_.push_back(std::move(facts));
    line_.clear();
  }

  std::vector<ArticleFacts>& articles_;
  std::string line_;
};

}  // namespace

void add_compare_cli(CLI::App& app, CompareCli& cli) {
  app.add_flag("--compare", cli.articles,
               "Compare the inputs with one another: where articles disagree on an amount (see 'analyze compare --help')");
  CLI::App* sub = app.add_subcommand(
      "compare", "Compare saved results (analyze --format jsonl, or stream mode) across articles: where they disagree");
  sub->add_option("results", cli.results, "JSON Lines files of saved results, or - for standard input");
  sub->add_option("-f,--format", cli.format, "Report format: text (default), json, or jsonl (one group a line)")
      ->check(CLI::IsMember({"text", "json", "jsonl"}));
  sub->add_option("-o,--output", cli.output, "Write the report to FILE instead of standard output");
  sub->add_option("--color", cli.color, "Color the text report")->check(CLI::IsMember({"auto", "always", "never"}))->capture_default_str();
  sub->add_flag("--all", cli.all, "Also list groups stated by one article only, or with nothing to compare");
  cli.subcommand = sub;
}

bool compare_subcommand_chosen(const CompareCli& cli) { return cli.subcommand != nullptr && cli.subcommand->parsed(); }

int run_compare_results(const CompareCli& cli) {
  const auto format = report_format(cli.format);
  if (!format) return usage("unknown report format " + cli.format);
  std::vector<std::string> paths = cli.results;
  if (paths.empty()) {
    if (isatty(STDIN_FILENO)) return usage("no input: give RESULTS.jsonl or - (standard input)");
    paths.push_back("-");
  }
  std::ofstream file_out;
  if (!cli.output.empty()) {
    file_out.open(cli.output, std::ios::binary | std::ios::trunc);
    if (!file_out) return usage("cannot write " + cli.output);
  }
  std::ostream& out = cli.output.empty() ? std::cout : file_out;
  std::vector<ArticleFacts> articles;
  std::vector<std::string> errors;
  for (const std::string& path : paths) read_results(path, articles, errors);
  const TextReportOptions text{color_wanted(cli.color, cli.output.empty() && isatty(STDOUT_FILENO)), cli.all};
  return finish(std::move(articles), *format, text, errors, !errors.empty(), out);
}

int run_compare_articles(const CompareCli& cli, const CompareArticlesRun& run, const ExtractToJsonl& extract, std::ostream& out) {
  const auto format = report_format(run.format);
  if (!format) return usage("--compare writes text, json or jsonl, not " + run.format);
  std::vector<ArticleFacts> articles;
  FactLineBuffer lines(articles);
  std::ostream jsonl(&lines);
  const std::size_t failed = extract(jsonl);
  jsonl.flush();
  lines.finish();
  return finish(std::move(articles), *format, TextReportOptions{run.color, cli.all}, {}, failed > 0, out);
}

}  // namespace analyze::cli
