#include "web/safety_chart.h"

#include <algorithm>
#include <array>
#include <string>
#include <tuple>
#include <vector>

#include "web/messages.h"

namespace stip::web {
namespace {

// Colours with enough contrast on white, and a dash pattern each, so a line is told apart
// without colour too; its name stands at its last point.
constexpr std::array<std::string_view, 6> kColours{"#1f4e79", "#a23b00", "#2e6b30",
                                                   "#6a2c91", "#7a5c00", "#000000"};
constexpr std::array<std::string_view, 6> kDashes{"", "6 3", "2 3", "8 3 2 3", "10 4", "1 2"};

constexpr int kWidth = 640;
constexpr int kLeft = 40;
constexpr int kRight = 200;  // room for the names
constexpr int kTop = 20;
constexpr int kPlot = 200;  // height of 0..10

int X(int round, int rounds) {
  const int span = kWidth - kLeft - kRight;
  if (rounds <= 1) return kLeft + span / 2;
  return kLeft + (round - 1) * span / (rounds - 1);
}

int Y(int score) { return kTop + (10 - score) * kPlot / 10; }

std::string N(int v) { return std::to_string(v); }

}  // namespace

Data SafetyChart(const std::vector<domain::Series>& series, int rounds, std::string_view title,
                 std::string_view desc, std::string_view round_label, std::string_view id) {
  // Where each line's name goes: beside its last answer, moved down where names would overlap.
  struct Label {
    int x = 0;
    int y = 0;
    std::size_t series = 0;
  };
  std::vector<Label> labels;
  for (std::size_t i = 0; i < series.size(); ++i) {
    for (auto it = series[i].points.rbegin(); it != series[i].points.rend(); ++it) {
      if (!it->score) continue;
      labels.push_back({X(it->round, rounds) + 10, Y(*it->score) + 4, i});
      break;
    }
  }
  std::sort(labels.begin(), labels.end(), [](const Label& a, const Label& b) {
    return std::tie(a.x, a.y, a.series) < std::tie(b.x, b.y, b.series);
  });
  for (std::size_t k = 1; k < labels.size(); ++k) {
    if (labels[k].x == labels[k - 1].x && labels[k].y < labels[k - 1].y + 15) {
      labels[k].y = labels[k - 1].y + 15;
    }
  }
  int height = kTop + kPlot + 40;
  for (const auto& label : labels) height = std::max(height, label.y + 8);

  Data chart;
  chart.set("id", std::string(id));
  chart.set("title", std::string(title));
  chart.set("desc", std::string(desc));
  chart.set("view_box", "0 0 " + N(kWidth) + " " + N(height));
  chart.set("left", N(kLeft));
  chart.set("right", N(kWidth - kRight));
  chart.set("y0", N(Y(0)));
  chart.set("y10", N(Y(10)));
  chart.set("axis_x", N(kLeft - 8));
  chart.set("y0_text", N(Y(0) + 4));
  chart.set("y10_text", N(Y(10) + 4));
  Data round_list{Data::type::list};
  for (int r = 1; r <= rounds; ++r) {
    Data d;
    d.set("x", N(X(r, rounds)));
    d.set("y", N(Y(0) + 24));
    d.set("text", Fill(round_label, {{"n", N(r)}}));
    round_list.push_back(d);
  }
  chart.set("rounds", round_list);
  Data lines{Data::type::list};
  for (std::size_t i = 0; i < series.size(); ++i) {
    const auto& s = series[i];
    Data line;
    line.set("colour", std::string(kColours[i % kColours.size()]));
    const std::string_view dash = kDashes[i % kDashes.size()];
    line.set("dash", dash.empty() ? Data(false) : Data(std::string(dash)));
    // A segment between consecutive rounds that both have an answer; a dot at every answer.
    Data segments{Data::type::list};
    Data dots{Data::type::list};
    const domain::SeriesPoint* prev = nullptr;
    const domain::SeriesPoint* last = nullptr;
    for (const auto& p : s.points) {
      if (!p.score) {
        prev = nullptr;
        continue;
      }
      if (prev) {
        Data seg;
        seg.set("x1", N(X(prev->round, rounds)));
        seg.set("y1", N(Y(*prev->score)));
        seg.set("x2", N(X(p.round, rounds)));
        seg.set("y2", N(Y(*p.score)));
        segments.push_back(seg);
      }
      Data dot;
      dot.set("cx", N(X(p.round, rounds)));
      dot.set("cy", N(Y(*p.score)));
      dots.push_back(dot);
      prev = &p;
      last = &p;
    }
    line.set("segments", segments);
    line.set("dots", dots);
    Data name(false);
    for (const auto& label : labels) {
      if (label.series != i || !last) continue;
      name = Data();
      name.set("x", N(label.x));
      name.set("y", N(label.y));
      name.set("text", s.participant.name + " (" + N(*last->score) + ")");
    }
    line.set("name", name);
    lines.push_back(line);
  }
  chart.set("lines", lines);
  return chart;
}

}  // namespace stip::web
