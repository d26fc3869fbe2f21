// Fakes for the two things tests must control: time and identifiers. Nothing else is faked.
#pragma once

#include <atomic>
#include <string>

#include "domain/ids.h"
#include "domain/time.h"

namespace stip::testing {

class FakeClock final : public domain::Clock {
 public:
  explicit FakeClock(domain::Millis start = 1795964829123) : now_(start) {}  // 2026-11-29
  domain::Millis Now() const override { return now_.load(); }
  void Advance(domain::Millis ms) { now_ += ms; }
  void Set(domain::Millis t) { now_ = t; }

 private:
  std::atomic<domain::Millis> now_;
};

// Sequential ids ("fam_000001") and secrets, so tests can name what they expect.
class SequentialIds final : public domain::IdGen {
 public:
  std::string NewId(std::string_view prefix) override {
    const auto n = ++next_;
    std::string digits = std::to_string(n);
    return std::string(prefix) + "_" +
           std::string(6 - std::min<std::size_t>(6, digits.size()), '0') + digits;
  }
  std::string NewSecret(std::size_t bytes) override {
    return "secret" + std::to_string(++next_) + "x" + std::to_string(bytes);
  }

 private:
  std::atomic<long> next_{0};
};

}  // namespace stip::testing
