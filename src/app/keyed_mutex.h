// A mutex per key (per family chain), created on demand and dropped when nobody holds or waits
// for it. Within one process, writers to the same family queue here instead of losing optimistic
// races over and over; across processes the store's head check still decides.
#pragma once

#include <condition_variable>
#include <mutex>
#include <string>
#include <unordered_map>

namespace stip::app {

class KeyedMutex {
 public:
  class Guard {
   public:
    Guard(KeyedMutex& owner, std::string key);
    ~Guard();
    Guard(const Guard&) = delete;
    Guard& operator=(const Guard&) = delete;

   private:
    KeyedMutex& owner_;
    std::string key_;
  };

  Guard Lock(std::string key) { return Guard(*this, std::move(key)); }

 private:
  struct Slot {
    bool held = false;
    int waiting = 0;
  };
  std::mutex mu_;
  std::condition_variable released_;
  std::unordered_map<std::string, Slot> slots_;
};

}  // namespace stip::app
