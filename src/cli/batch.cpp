// Batch mode: see batch.h.
#include "batch.h"

#include <exception>
#include <new>

#include "analyze/text_decoding.h"
#include "input_walker.h"
#include "ordered_runner.h"

namespace analyze::cli {

Outcome analyze_article(std::string bytes, std::string name, std::string source, const Pipeline& pipeline,
                        Workspace& workspace) {
  Outcome outcome;
  outcome.name = std::move(name);
  outcome.bytes = bytes.size();
  try {
    DecodedText decoded;
    if (!decode_article(std::move(bytes), &decoded, &outcome.error)) return outcome;
    Document doc = pipeline.analyze(std::move(decoded.text), workspace);
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

ProgressTotals count_inputs(const InputArgs& inputs) {
  ProgressTotals totals;
  bool sizes_known = true;
  InputWalker walker(inputs.args, inputs.glob);
  for (Input input; walker.next(&input); ++totals.items) {
    totals.bytes += input.size;
    sizes_known = sizes_known && input.path != "-";
  }
  if (!sizes_known) totals.bytes = 0;  // the ETA then follows the number of inputs
  return totals;
}

std::size_t run_batch(const InputArgs& inputs, const Pipeline& pipeline, ReportWriter& writer, Terminal& terminal,
                      const RunOptions& options) {
  // Counting the inputs costs a walk of the folders: only for the progress bar.
  const bool want_progress = terminal.smart() && !options.quiet;
  const ProgressTotals totals = want_progress ? count_inputs(inputs) : ProgressTotals{};
  Progress progress(terminal, want_progress && totals.items > 1, totals, "files");
  InputWalker walker(inputs.args, inputs.glob);
  std::size_t failed = 0;
  run_in_order<Input, Outcome>(
      options.jobs, kInFlightPerJob * options.jobs, [&](Input* input) { return walker.next(input); },
      [&](const Input& input, Workspace& workspace) { return read_and_analyze(input, pipeline, workspace); },
      [&](Outcome& outcome) {
        failed += report_problems(outcome, terminal, options.quiet);
        if (outcome.doc) writer.write(*outcome.doc);
        progress.advance(outcome.bytes);
      });
  progress.finish();
  return failed;
}

}  // namespace analyze::cli
