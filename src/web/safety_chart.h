// The safety map's chart (issue 11): one line per participant over the rounds, as inline SVG
// that needs no JavaScript. It draws only the values people gave: nothing is computed. The
// geometry is worked out here; templates/safety_map.mustache writes it (escaped, like all text).
#pragma once

#include <string_view>
#include <vector>

#include "domain/safety_map.h"
#include "web/render.h"

namespace stip::web {

// `title` and `desc` name the chart for screen readers; `round_label` words a round number
// ("Ronde {n}"); `id` prefixes the ids of its title and description. The series come in the
// order to draw them (domain::SeriesOf).
Data SafetyChart(const std::vector<domain::Series>& series, int rounds, std::string_view title,
                 std::string_view desc, std::string_view round_label, std::string_view id);

}  // namespace stip::web
