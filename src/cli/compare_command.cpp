// `analyze compare` and `analyze --compare`: see compare_command.h.
#include "compare_command.h"

#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <optional>
#include <thread>

#include "analyze/compare.h"
#include "batch.h"

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
    case ReportFormat::Json: out << comparison_report_to_json(report, true) << '\n'; break;
    case ReportFormat::Jsonl: write_comparison_jsonl(out, report); break;
  }
  out.flush();
  return static_cast<bool>(out);
}

// Prints the messages (errors and warnings), then the report.
int finish(const std::vector<ArticleFacts>& articles, ReportFormat format, const TextReportOptions& text,
           const std::vector<std::string>& messages, bool some_input_failed, std::ostream& out) {
  for (const std::string& m : messages) std::cerr << "analyze: " << m << '\n';
  if (!write_report(compare_articles(articles), format, text, out)) {
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

// What one worker thread found for one input.
struct Extracted {
  std::optional<ArticleFacts> facts;
  std::vector<std::string> messages;  // warnings, or the error
};

Extracted extract(const Input& input, const Pipeline& pipeline, Workspace& ws) {
  Extracted result;
  const std::string name = input.path == "-" ? "<stdin>" : input.path;
  std::string error = input.error, bytes;
  Document doc;
  if (error.empty() && read_input(input.path, &bytes, &error) &&
      analyze_bytes(std::move(bytes), input.path, pipeline, ws, &doc, &error)) {
    for (const std::string& w : doc.warnings) result.messages.push_back(name + ": warning: " + w);
    result.facts = facts_from_document(doc);  // the Document itself is not kept
  } else {
    result.messages.push_back(name + ": " + error);
  }
  return result;
}

std::vector<Extracted> extract_all(const std::vector<Input>& inputs, const Pipeline& pipeline, unsigned jobs) {
  std::vector<Extracted> results(inputs.size());
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    Workspace ws;
    for (std::size_t i; (i = next++) < inputs.size();) results[i] = extract(inputs[i], pipeline, ws);
  };
  if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());
  std::vector<std::thread> threads;
  for (unsigned t = 1; t < jobs && t < inputs.size(); ++t) threads.emplace_back(work);
  work();
  for (std::thread& t : threads) t.join();
  return results;
}

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
  return finish(articles, *format, text, errors, !errors.empty(), out);
}

int run_compare_articles(const CompareCli& cli, const std::vector<Input>& inputs, const Pipeline& pipeline,
                         const CompareArticlesRun& run, std::ostream& out) {
  const auto format = report_format(run.format);
  if (!format) return usage("--compare writes text, json or jsonl, not " + run.format);
  std::vector<ArticleFacts> articles;
  std::vector<std::string> messages;
  for (Extracted& e : extract_all(inputs, pipeline, run.jobs)) {
    messages.insert(messages.end(), e.messages.begin(), e.messages.end());
    if (e.facts) articles.push_back(std::move(*e.facts));
  }
  if (inputs.empty()) messages.push_back("no input files found");
  // Warnings alone do not fail the run; a missing article does.
  const bool failed = articles.size() < inputs.size() || inputs.empty();
  return finish(articles, *format, TextReportOptions{run.color, cli.all}, messages, failed, out);
}

}  // namespace analyze::cli
