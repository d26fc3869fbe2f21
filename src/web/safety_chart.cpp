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

}  // namespace

std::string XmlEscape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string SafetyChartSvg(const std::vector<domain::Series>& series, int rounds,
                           std::string_view title, std::string_view desc,
                           std::string_view round_label, std::string_view id) {
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
  const std::string sid = XmlEscape(id);
  std::string svg =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"stip-chart\" viewBox=\"0 0 " +
      std::to_string(kWidth) + " " + std::to_string(height) + "\" role=\"img\" aria-labelledby=\"" +
      sid + "-titel " + sid + "-uitleg\">";
  svg += "<title id=\"" + sid + "-titel\">" + XmlEscape(title) + "</title>";
  svg += "<desc id=\"" + sid + "-uitleg\">" + XmlEscape(desc) + "</desc>";
  // The frame: the ends of the scale and the rounds.
  svg += "<g fill=\"none\" stroke=\"#767676\" stroke-width=\"1\">";
  svg += "<line x1=\"" + std::to_string(kLeft) + "\" y1=\"" + std::to_string(Y(0)) + "\" x2=\"" +
         std::to_string(kWidth - kRight) + "\" y2=\"" + std::to_string(Y(0)) + "\"/>";
  svg += "<line x1=\"" + std::to_string(kLeft) + "\" y1=\"" + std::to_string(Y(10)) + "\" x2=\"" +
         std::to_string(kWidth - kRight) + "\" y2=\"" + std::to_string(Y(10)) +
         "\" stroke-dasharray=\"2 4\"/>";
  svg += "</g><g font-size=\"13\" fill=\"#333333\">";
  svg += "<text x=\"" + std::to_string(kLeft - 8) + "\" y=\"" + std::to_string(Y(0) + 4) +
         "\" text-anchor=\"end\">0</text>";
  svg += "<text x=\"" + std::to_string(kLeft - 8) + "\" y=\"" + std::to_string(Y(10) + 4) +
         "\" text-anchor=\"end\">10</text>";
  for (int r = 1; r <= rounds; ++r) {
    svg += "<text x=\"" + std::to_string(X(r, rounds)) + "\" y=\"" + std::to_string(Y(0) + 24) +
           "\" text-anchor=\"middle\">" + XmlEscape(Fill(round_label, {{"n", std::to_string(r)}})) +
           "</text>";
  }
  svg += "</g>";
  for (std::size_t i = 0; i < series.size(); ++i) {
    const auto& s = series[i];
    const std::string colour(kColours[i % kColours.size()]);
    const std::string_view dash = kDashes[i % kDashes.size()];
    svg += "<g stroke=\"" + colour + "\" fill=\"" + colour + "\">";
    // A line between consecutive rounds that both have an answer; a dot at every answer.
    const domain::SeriesPoint* prev = nullptr;
    const domain::SeriesPoint* last = nullptr;
    for (const auto& p : s.points) {
      if (!p.score) {
        prev = nullptr;
        continue;
      }
      if (prev) {
        svg += "<line x1=\"" + std::to_string(X(prev->round, rounds)) + "\" y1=\"" +
               std::to_string(Y(*prev->score)) + "\" x2=\"" + std::to_string(X(p.round, rounds)) +
               "\" y2=\"" + std::to_string(Y(*p.score)) + "\" stroke-width=\"2\"" +
               (dash.empty() ? std::string() : " stroke-dasharray=\"" + std::string(dash) + "\"") +
               "/>";
      }
      svg += "<circle cx=\"" + std::to_string(X(p.round, rounds)) + "\" cy=\"" +
             std::to_string(Y(*p.score)) + "\" r=\"4\"/>";
      prev = &p;
      last = &p;
    }
    for (const auto& label : labels) {
      if (label.series != i || !last) continue;
      svg += "<text stroke=\"none\" font-size=\"13\" x=\"" + std::to_string(label.x) + "\" y=\"" +
             std::to_string(label.y) + "\">" + XmlEscape(s.participant.name) + " (" +
             std::to_string(*last->score) + ")</text>";
    }
    svg += "</g>";
  }
  svg += "</svg>";
  return svg;
}

}  // namespace stip::web
