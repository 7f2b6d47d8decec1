// The `analyze` command: parses the command line, wires inputs, the
// pipeline and the report writer. No extraction logic lives here.
#include <CLI/CLI.hpp>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <iostream>

#include "analyze/pipeline.h"
#include "analyze/report.h"
#include "batch.h"
#include "compare_command.h"
#include "inputs.h"

namespace {

// Exit codes, as documented in docs/cli.md.
constexpr int kExitOk = 0;
constexpr int kExitSomeInputFailed = 1;
constexpr int kExitUsage = 2;

struct Options {
  std::vector<std::string> inputs;
  std::string format;
  std::string output;
  std::string glob = "*.txt";
  std::string color = "auto";
  std::vector<std::string> gazetteers;
  unsigned jobs = 0;
  bool quiet = false;
};

bool use_color(const std::string& mode, bool to_terminal) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  return to_terminal && !(no_color && *no_color);
}

int usage_error(const std::string& message) {
  std::cerr << "analyze: " << message << "\nTry 'analyze --help' for more information.\n";
  return kExitUsage;
}

bool load_gazetteers(const std::vector<std::string>& paths, std::vector<analyze::GazetteerSource>* out, std::string* error) {
  for (const std::string& path : paths) {
    analyze::GazetteerSource source{path, {}};
    std::string reason;
    if (!analyze::cli::read_input(path, &source.content, &reason)) {
      *error = path + ": " + reason;
      return false;
    }
    out->push_back(std::move(source));
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"analyze: extract companies, people, products, money, percentages and cost/performance claims from French tech news.",
               "analyze"};
  Options opt;
  app.add_option("inputs", opt.inputs, "Article files, folders (searched recursively) or - for standard input");
  app.add_option("-f,--format", opt.format, "Output format (default: text on a terminal, json otherwise)")
      ->check(CLI::IsMember({"text", "json", "jsonl", "csv"}));
  app.add_option("-o,--output", opt.output, "Write the report to FILE instead of standard output");
  app.add_option("--glob", opt.glob, "File name pattern used inside folders")->capture_default_str();
  app.add_option("--color", opt.color, "Color the text report")->check(CLI::IsMember({"auto", "always", "never"}))->capture_default_str();
  app.add_option("--gazetteer", opt.gazetteers, "Extra gazetteer file (type<TAB>name<TAB>aliases), repeatable");
  app.add_option("-j,--jobs", opt.jobs, "Articles analyzed in parallel (default: all cores)");
  app.add_flag("-q,--quiet", opt.quiet, "No progress bar and no warnings on standard error");
  analyze::cli::CompareCli compare;
  analyze::cli::add_compare_cli(app, compare);
  app.set_version_flag("--version", std::string("analyze ") + ANALYZE_VERSION);
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
    if (isatty(STDIN_FILENO)) return usage_error("no input: give FILE, DIR or - (standard input)");
    opt.inputs.push_back("-");
  }

  std::ofstream file_out;
  if (!opt.output.empty()) {
    file_out.open(opt.output, std::ios::binary | std::ios::trunc);
    if (!file_out) return usage_error("cannot write " + opt.output);
  }
  std::ostream& out = opt.output.empty() ? std::cout : file_out;
  const bool to_terminal = opt.output.empty() && isatty(STDOUT_FILENO);
  const auto format = analyze::output_format_from_string(opt.format.empty() ? (to_terminal ? "text" : "json") : opt.format);

  analyze::PipelineOptions pipeline_options;
  std::string error;
  if (!load_gazetteers(opt.gazetteers, &pipeline_options.gazetteers, &error)) return usage_error("cannot read gazetteer " + error);
  const auto pipeline = analyze::Pipeline::create(pipeline_options, &error);
  if (!pipeline) return usage_error(error);

  const std::vector<analyze::cli::Input> inputs = analyze::cli::expand_inputs(opt.inputs, opt.glob);
  if (compare.articles)  // the same extraction as below, as JSON Lines, reduced to a cross-article report
    return analyze::cli::run_compare_articles(compare, {opt.format, use_color(opt.color, to_terminal)}, [&](std::ostream& jsonl) {
      analyze::ReportWriter jsonl_writer(jsonl, analyze::OutputFormat::Jsonl, true, false);
      analyze::cli::BatchOptions batch;
      batch.jobs = opt.jobs;
      const std::size_t failed = analyze::cli::run_batch(inputs, *pipeline, jsonl_writer, std::cerr, batch);
      jsonl_writer.finish();
      if (inputs.empty()) std::cerr << "analyze: no input files found\n";
      return inputs.empty() ? std::size_t{1} : failed;
    }, out);
  const bool many = inputs.size() != 1 || opt.inputs.size() != 1 || opt.inputs[0] != inputs[0].path;
  analyze::ReportWriter writer(out, *format, many, use_color(opt.color, to_terminal));
  analyze::cli::BatchOptions batch;
  batch.jobs = opt.jobs;
  const std::size_t failed = analyze::cli::run_batch(inputs, *pipeline, writer, std::cerr, batch);
  writer.finish();
  if (!out) {
    std::cerr << "analyze: cannot write the report\n";
    return kExitSomeInputFailed;
  }
  if (inputs.empty()) std::cerr << "analyze: no input files found\n";
  return failed > 0 || inputs.empty() ? kExitSomeInputFailed : kExitOk;
}
