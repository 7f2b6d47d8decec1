// Runs the analysis of a sequence of items on several threads and hands the
// results back in input order, with a bounded window of items in flight: at
// most `window` items have been taken from the input and not yet emitted, so
// memory does not grow with the number of items. Batch mode (files) and
// stream mode (JSON Lines records) share it.
//
//   run_in_order<Path, Outcome>(jobs, 2 * jobs,
//       [&](Path* p) { return next_path(p); },          // one caller at a time
//       [&](Path& p, Workspace& ws) { return analyze(p, ws); },  // in parallel
//       [&](Outcome& o) { write(o); });                 // in order, this thread
//
// Each worker thread owns one Workspace; the Pipeline is shared const.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "analyze/pipeline.h"

namespace analyze::cli {

// `next(Item*)` fills the next item and returns true, or returns false at the
// end; it is called by one thread at a time, outside the lock that `emit`
// needs, so a slow input (a pipe) never delays the output of finished items.
// `work(Item&, Workspace&)` returns a Result and must not throw. `emit(Result&)`
// runs on the calling thread, in input order, as soon as a result and all
// those before it are done.
template <class Item, class Result, class Next, class Work, class Emit>
void run_in_order(unsigned jobs, std::size_t window, Next next, Work work, Emit emit) {
  jobs = jobs == 0 ? 1 : jobs;
  window = window < jobs ? jobs : window;
  std::mutex input_mutex;  // one reader of the input at a time
  std::mutex mutex;        // guards everything below
  std::condition_variable result_ready, slot_free;
  std::deque<std::optional<Result>> in_flight;  // results of items first_seq, first_seq+1...
  std::size_t first_seq = 0, next_seq = 0;
  bool input_done = false;

  // Takes the next item and its sequence number, waiting for room in the window.
  auto claim = [&](Item* item, std::size_t* seq) {
    std::lock_guard input_lock(input_mutex);
    {
      std::unique_lock lock(mutex);
      slot_free.wait(lock, [&] { return input_done || next_seq - first_seq < window; });
      if (input_done) return false;
    }
    const bool got = next(item);
    std::lock_guard lock(mutex);
    if (!got) {
      input_done = true;
      slot_free.notify_all();
      result_ready.notify_one();
      return false;
    }
    *seq = next_seq++;
    in_flight.emplace_back();
    return true;
  };

  auto worker = [&] {
    Workspace workspace;
    Item item;
    std::size_t seq = 0;
    while (claim(&item, &seq)) {
      Result result = work(item, workspace);
      item = Item();  // free the input before waiting for the next one
      std::lock_guard lock(mutex);
      in_flight[seq - first_seq] = std::move(result);
      if (seq == first_seq) result_ready.notify_one();
    }
  };

  std::vector<std::thread> threads;
  threads.reserve(jobs);
  for (unsigned i = 0; i < jobs; ++i) threads.emplace_back(worker);
  while (true) {
    std::unique_lock lock(mutex);
    result_ready.wait(lock, [&] { return (!in_flight.empty() && in_flight.front()) || (input_done && in_flight.empty()); });
    if (in_flight.empty()) break;  // input done and everything emitted
    Result result = std::move(*in_flight.front());
    in_flight.pop_front();
    ++first_seq;
    lock.unlock();
    slot_free.notify_one();
    emit(result);
  }
  for (std::thread& t : threads) t.join();
}

}  // namespace analyze::cli
