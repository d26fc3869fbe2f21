// Progress of long operator commands (stip migrate): a bar redrawn in place on a terminal,
// plain lines (one per phase and per tenth of it) when the output is a file or a pipe.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>

namespace stip::cli {

class Progress {
 public:
  // Draws on `out` (stderr by default); decides bar or lines once, from isatty.
  explicit Progress(std::FILE* out = stderr);
  ~Progress();  // ends a bar that is still drawn
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  void Update(const std::string& phase, std::int64_t done, std::int64_t total);

 private:
  void EndBar();

  std::FILE* out_;
  bool terminal_;
  bool bar_open_ = false;
  std::string phase_;
  std::int64_t last_tenth_ = -1;
};

}  // namespace stip::cli
