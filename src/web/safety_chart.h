// The safety map's chart (issue 11): one line per participant over the rounds, as inline SVG
// that needs no JavaScript. It draws only the values people gave: nothing is computed.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "domain/safety_map.h"

namespace stip::web {

// `title` and `desc` name the chart for screen readers; `round_label` words a round number
// ("Ronde {n}"). The series come in the order to draw them (domain::SeriesOf).
std::string SafetyChartSvg(const std::vector<domain::Series>& series, int rounds,
                           std::string_view title, std::string_view desc,
                           std::string_view round_label, std::string_view id);

// Text escaped for XML and HTML (&, <, >, ", ').
std::string XmlEscape(std::string_view s);

}  // namespace stip::web
