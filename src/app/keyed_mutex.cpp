#include "app/keyed_mutex.h"

#include <utility>

namespace stip::app {

KeyedMutex::Guard::Guard(KeyedMutex& owner, std::string key) : owner_(owner), key_(std::move(key)) {
  std::unique_lock lock(owner_.mu_);
  Slot& slot = owner_.slots_[key_];
  ++slot.waiting;
  owner_.released_.wait(lock, [&] { return !owner_.slots_[key_].held; });
  Slot& mine = owner_.slots_[key_];
  --mine.waiting;
  mine.held = true;
}

KeyedMutex::Guard::~Guard() {
  {
    std::lock_guard lock(owner_.mu_);
    auto it = owner_.slots_.find(key_);
    it->second.held = false;
    if (it->second.waiting == 0) owner_.slots_.erase(it);
  }
  owner_.released_.notify_all();
}

}  // namespace stip::app
