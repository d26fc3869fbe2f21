// The canonical text of a decision's draft (issue 12): what `decision.drafted` and
// `decision.revised` carry as `content`, and its hash, to which a second opinion is tied.
#pragma once

#include <string>
#include <string_view>

#include "domain/decision.h"
#include "domain/error.h"

namespace stip::ledger {

// The draft as canonical JSON (docs/ledger-format.md §3 and §10, decision.drafted). Texts are
// written as given (the use case trims them first); two equal drafts give the same text.
domain::Result<std::string> EncodeDecisionContent(const domain::DecisionContent& content);
// Reads `content` back; InvalidArgument when it is not a draft of this shape.
domain::Result<domain::DecisionContent> DecodeDecisionContent(std::string_view content);
// SHA-256 of the UTF-8 bytes of `content`, 64 lower-case hex digits.
std::string DecisionContentHash(std::string_view content);

}  // namespace stip::ledger
