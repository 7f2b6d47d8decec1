// Batch mode: see batch.h.
#include "batch.h"

#include <exception>
#include <new>

#include "analyze/text_decoding.h"
#include "ordered_runner.h"
#include "progress.h"

namespace analyze::cli {

Outcome analyze_article(std::string bytes, std::string name, std::string source, const Pipeline& pipeline,
                        Workspace& workspace) {
  Outcome outcome;
  outcome.name = std::move(name);
  outcome.bytes = bytes.size();
  try {
    DecodedText decoded;
    if (!decode_article(std::move(bytes), &decoded, &outcome.error)) return outcome;
    Document doc = pipeline.analyze(decoded.text, workspace);
    doc.source = std::move(source);
    doc.encoding = std::move(decoded.encoding);
    doc.warnings = std::move(decoded.warnings);
    outcome.doc = std::move(doc);
  } catch (const std::bad_alloc&) {
    outcome.error = "out of memory";
  } catch (const std::exception& e) {
    outcome.error = std::string("internal error: ") + e.what();
  }
  return outcome;
}

bool report_problems(const Outcome& outcome, Terminal& terminal, bool quiet) {
  if (!outcome.doc) {
    terminal.message("analyze: " + outcome.name + ": " + outcome.error);
    return true;
  }
  if (!quiet)
    for (const std::string& warning : outcome.doc->warnings) terminal.message("analyze: " + outcome.name + ": warning: " + warning);
  return false;
}

namespace {

ProgressTotals totals_of(const std::vector<Input>& inputs) {
  ProgressTotals totals{inputs.size(), 0};
  for (const Input& input : inputs) totals.bytes += input.size;
  return totals;
}

Outcome read_and_analyze(const Input& input, const Pipeline& pipeline, Workspace& workspace) {
  std::string bytes;
  std::string error = input.error;
  if (error.empty() && read_input(input, &bytes, &error))
    return analyze_article(std::move(bytes), display_name(input.path), input.path, pipeline, workspace);
  Outcome failed;
  failed.name = display_name(input.path);
  failed.error = std::move(error);
  return failed;
}

}  // namespace

std::size_t run_batch(const std::vector<Input>& inputs, const Pipeline& pipeline, ReportWriter& writer,
                      Terminal& terminal, const RunOptions& options) {
  Progress progress(terminal, !options.quiet && inputs.size() > 1, totals_of(inputs), "files");
  std::size_t next_index = 0;
  std::size_t failed = 0;
  run_in_order<std::size_t, Outcome>(
      options.jobs, kInFlightPerJob * options.jobs,
      [&](std::size_t* index) {
        if (next_index == inputs.size()) return false;
        *index = next_index++;
        return true;
      },
      [&](std::size_t index, Workspace& workspace) { return read_and_analyze(inputs[index], pipeline, workspace); },
      [&](Outcome& outcome) {
        failed += report_problems(outcome, terminal, options.quiet);
        if (outcome.doc) writer.write(*outcome.doc);
        progress.advance(outcome.bytes);
      });
  progress.finish();
  return failed;
}

}  // namespace analyze::cli
