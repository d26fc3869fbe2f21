#include "cli/progress.h"

#include <unistd.h>

#include <algorithm>

namespace stip::cli {

namespace {
constexpr int kBarWidth = 30;
}

Progress::Progress(std::FILE* out) : out_(out), terminal_(::isatty(::fileno(out)) == 1) {}

Progress::~Progress() { EndBar(); }

void Progress::EndBar() {
  if (!bar_open_) return;
  std::fputc('\n', out_);
  std::fflush(out_);
  bar_open_ = false;
}

void Progress::Update(const std::string& phase, std::int64_t done, std::int64_t total) {
  const bool new_phase = phase != phase_;
  if (new_phase) {
    EndBar();
    phase_ = phase;
    last_tenth_ = -1;
  }
  const std::int64_t shown_total = std::max<std::int64_t>(total, 1);
  const std::int64_t clamped = std::clamp<std::int64_t>(done, 0, shown_total);
  if (terminal_) {
    const int filled = static_cast<int>(clamped * kBarWidth / shown_total);
    std::fprintf(out_, "\r%-14s [%s%s] %lld/%lld", phase.c_str(), std::string(filled, '#').c_str(),
                 std::string(kBarWidth - filled, ' ').c_str(), static_cast<long long>(done),
                 static_cast<long long>(total));
    std::fflush(out_);
    bar_open_ = true;
    return;
  }
  // Plain lines: the start of a phase and each further tenth, so a log stays short.
  const std::int64_t tenth = clamped * 10 / shown_total;
  if (!new_phase && tenth == last_tenth_) return;
  last_tenth_ = tenth;
  std::fprintf(out_, "%s: %lld/%lld\n", phase.c_str(), static_cast<long long>(done),
               static_cast<long long>(total));
  std::fflush(out_);
}

}  // namespace stip::cli
