// Work done after the answer has gone out: asking for a login code answers at once, the same
// way for every address, and the address is looked up and mailed afterwards on this thread.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace stip::app {

class Background {
 public:
  Background();
  // Finishes everything posted, then stops the thread.
  ~Background();
  Background(const Background&) = delete;
  Background& operator=(const Background&) = delete;

  // Runs `work` on the background thread, in the order posted. `work` must not throw. False
  // (and `work` dropped) while kMaxQueued pieces of work wait: a flood of requests cannot grow
  // memory without bound.
  bool Post(std::function<void()> work);
  static constexpr std::size_t kMaxQueued = 10000;
  // Waits until everything posted before this call has run (tests; orderly shutdown).
  void Drain();

 private:
  void Run();

  std::mutex mu_;
  std::condition_variable changed_;
  std::deque<std::function<void()>> queue_;
  bool busy_ = false;
  bool stopping_ = false;
  std::thread thread_;  // last: started after the state above exists
};

}  // namespace stip::app
