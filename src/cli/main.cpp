// The `analyze` command: parses the command line, wires inputs, the
// pipeline and the report writer. No extraction logic lives here.
#include <CLI/CLI.hpp>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <thread>

#include "analyze/pipeline.h"
#include "analyze/report.h"
#include "batch.h"
#include "compare_command.h"
#include "input_walker.h"
#include "stream.h"
#include "terminal.h"

namespace {

// Exit codes, as documented in docs/cli.md.
constexpr int kExitOk = 0;
constexpr int kExitSomeInputFailed = 1;
constexpr int kExitUsage = 2;

struct Options {
  std::vector<std::string> inputs;
  std::string format;
  std::string input_format = "text";
  std::string output;
  std::string glob;
  std::string color = "auto";
  std::vector<std::string> gazetteers;
  unsigned jobs = 0;
  bool quiet = false;
};

int usage_error(const std::string& message) {
  std::cerr << "analyze: " << message << "\nTry 'analyze --help' for more information.\n";
  return kExitUsage;
}

bool load_gazetteers(const std::vector<std::string>& paths, std::vector<analyze::GazetteerSource>* out, std::string* error) {
  for (const std::string& path : paths) {
    analyze::GazetteerSource source{path, {}};
    std::string reason;
    if (!analyze::cli::read_file(path, &source.content, &reason)) {
      *error = path + ": " + reason;
      return false;
    }
    out->push_back(std::move(source));
  }
  return true;
}

void add_options(CLI::App& app, Options& opt) {
  app.add_option("inputs", opt.inputs, "Article files, folders (searched recursively) or - for standard input (the default when it is piped)");
  app.add_option("-f,--format", opt.format, "Output format (default: text on a terminal, json otherwise; jsonl in stream mode)")
      ->check(CLI::IsMember({"text", "json", "jsonl", "csv"}));
  app.add_option("--input-format", opt.input_format, "text: each input is one article; jsonl: stream mode, one {\"id\", \"text\"} record per line")
      ->check(CLI::IsMember({"text", "jsonl"}))
      ->capture_default_str();
  app.add_option("-o,--output", opt.output, "Write the report to FILE instead of standard output");
  app.add_option("--glob", opt.glob, "File name pattern used inside folders (default: *.txt; *.jsonl in stream mode)");
  app.add_option("--color", opt.color, "Color the text report (auto: on a terminal, unless NO_COLOR is set)")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  app.add_option("--gazetteer", opt.gazetteers, "Extra gazetteer file (type<TAB>name<TAB>aliases), repeatable")
      ->allow_extra_args(false);
  app.add_option("-j,--jobs", opt.jobs, "Articles analyzed in parallel (default 0: all cores)");
  app.add_flag("-q,--quiet", opt.quiet, "No progress bar and no warnings on standard error (errors are still shown)");
  app.set_version_flag("--version", std::string("analyze ") + ANALYZE_VERSION);
}

// Runs batch or stream mode on the expanded inputs; returns the exit code.
int run(const Options& opt, const analyze::Pipeline& pipeline, std::ostream& out, bool to_terminal) {
  const bool stream = opt.input_format == "jsonl";
  std::string format_name = opt.format;
  if (format_name.empty()) format_name = stream ? "jsonl" : to_terminal ? "text" : "json";
  const analyze::OutputFormat format = *analyze::output_format_from_string(format_name);

  analyze::cli::InputArgs inputs{opt.inputs, !opt.glob.empty() ? opt.glob : stream ? "*.jsonl" : "*.txt"};
  // JSON becomes a list as soon as the arguments could name several articles.
  const bool many = stream || opt.inputs.size() != 1 || analyze::cli::any_folder(opt.inputs);
  analyze::ReportWriter writer(out, format, many, analyze::cli::use_color(opt.color, to_terminal));

  analyze::cli::Terminal terminal(STDERR_FILENO);
  analyze::cli::RunOptions run_options;
  run_options.quiet = opt.quiet;
  run_options.jobs = opt.jobs > 0 ? opt.jobs : std::max(1u, std::thread::hardware_concurrency());
  std::size_t failed = 0;
  if (stream) {
    failed = analyze::cli::run_stream(inputs, pipeline, format, writer, out, terminal, run_options);
  } else {
    // No more threads than files, when the arguments say how many there are.
    if (!analyze::cli::any_folder(opt.inputs)) run_options.jobs = std::min<unsigned>(run_options.jobs, opt.inputs.size());
    failed = analyze::cli::run_batch(inputs, pipeline, writer, terminal, run_options);
  }
  writer.finish();
  out.flush();
  if (!out) {
    terminal.message("analyze: cannot write the report" + (opt.output.empty() ? std::string() : " to " + opt.output));
    return kExitSomeInputFailed;
  }
  return failed > 0 ? kExitSomeInputFailed : kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"analyze: extract companies, people, products, money, percentages and cost/performance claims from French tech news.",
               "analyze"};
  app.footer("Exit status: 0 ok; 1 some input failed (the others were still processed); 2 usage error.\n"
             "Offsets in the output are byte offsets into the decoded text (UTF-8, NFC, LF line ends). See docs/cli.md.");
  Options opt;
  add_options(app, opt);
  analyze::cli::CompareCli compare;
  analyze::cli::add_compare_cli(app, compare);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    return usage_error(e.what());
  }
  if (analyze::cli::compare_subcommand_chosen(compare)) return analyze::cli::run_compare_results(compare);

  if (opt.inputs.empty()) {
    if (analyze::cli::is_terminal(STDIN_FILENO)) return usage_error("no input: give FILE, DIR or - (standard input)");
    opt.inputs.push_back("-");
  }

  std::ofstream file_out;
  if (!opt.output.empty()) {
    file_out.open(opt.output, std::ios::binary | std::ios::trunc);
    if (!file_out) return usage_error("cannot write " + opt.output + ": " + std::strerror(errno));
  }
  std::ostream& out = opt.output.empty() ? std::cout : file_out;
  const bool to_terminal = opt.output.empty() && analyze::cli::is_terminal(STDOUT_FILENO);

  analyze::PipelineOptions pipeline_options;
  std::string error;
  if (!load_gazetteers(opt.gazetteers, &pipeline_options.gazetteers, &error)) return usage_error("cannot read gazetteer " + error);
  const auto pipeline = analyze::Pipeline::create(pipeline_options, &error);
  if (!pipeline) return usage_error(error);
  if (compare.articles) {
    // The same extraction, as JSON Lines, reduced to the cross-article report.
    Options jsonl = opt;
    jsonl.format = "jsonl";
    const auto extract = [&](std::ostream& lines) { return static_cast<std::size_t>(run(jsonl, *pipeline, lines, false) != kExitOk); };
    return analyze::cli::run_compare_articles(compare, {opt.format, analyze::cli::use_color(opt.color, to_terminal)}, extract, out);
  }
  return run(opt, *pipeline, out, to_terminal);
}
