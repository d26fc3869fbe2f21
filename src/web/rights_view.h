// The family's rights as page data (issue 12 item 4), shared by the measures and the decisions
// pages: each right's title, its text with every legal term linked to the glossary, the last
// day to use it, who helps and how to reach them, and its source. Rendered by _rights.mustache.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/rights.h"
#include "domain/time.h"
#include "web/render.h"

namespace stip::web {

// A list for {{> _rights}}: one item per right, in the reader's language. `from` counts a
// right's term (the ruling, the instruction); `today` says whether the term has passed.
// `id_prefix` keeps the items' ids unique on a page with several rulings.
Data RightsData(std::string_view locale, const std::vector<const domain::Right*>& rights,
                const std::optional<domain::Date>& from, const domain::Date& today,
                const std::string& id_prefix);

// A text with [[term]] glossary links as parts for the template: {text} or {text, href}.
Data LinkedParts(std::string_view text);

// The glossary term for a measure kind ("ondertoezichtstelling"), for a "what is this" link.
std::string_view MeasureTerm(domain::MeasureKind kind);

}  // namespace stip::web
