#include "app/background.h"

#include <utility>

namespace stip::app {

Background::Background() : thread_([this] { Run(); }) {}

Background::~Background() {
  {
    std::lock_guard lock(mu_);
    stopping_ = true;
  }
  changed_.notify_all();
  thread_.join();
}

bool Background::Post(std::function<void()> work) {
  {
    std::lock_guard lock(mu_);
    if (queue_.size() >= kMaxQueued) return false;
    queue_.push_back(std::move(work));
  }
  changed_.notify_all();
  return true;
}

void Background::Drain() {
  std::unique_lock lock(mu_);
  changed_.wait(lock, [this] { return queue_.empty() && !busy_; });
}

void Background::Run() {
  std::unique_lock lock(mu_);
  while (true) {
    changed_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
    if (queue_.empty()) return;  // stopping, and everything posted has run
    std::function<void()> work = std::move(queue_.front());
    queue_.pop_front();
    busy_ = true;
    lock.unlock();
    work();
    lock.lock();
    busy_ = false;
    changed_.notify_all();
  }
}

}  // namespace stip::app
