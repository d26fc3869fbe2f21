// The child's own words (issue 11 item 5): each record as written, with its sharing choice as
// last changed, and every version of each child's explanation.
#include <charconv>
#include <optional>
#include <string>
#include <vector>

#include "domain/child_voice.h"
#include "ledger/events.h"
#include "store/core/projector.h"
#include "store/core/queries_projector.h"

namespace stip::store::core {

namespace {

namespace sql = projector_sql;
namespace events = ledger::events;
using domain::Code;
using domain::Fail;

constexpr Sql kInsertVoice =
    "INSERT INTO child_voices (family_id, id, seq, child_id, good_things, worries, dreams, "
    "taken_down, written_by, written_at, share, share_with, sharing_changed_by, "
    "sharing_changed_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, '', 0) "
    "ON CONFLICT (family_id, id) DO NOTHING";
constexpr Sql kChangeSharing =
    "UPDATE child_voices SET share = $3, share_with = $4, sharing_changed_by = $5, "
    "sharing_changed_at = $6, sharing_reason = $7 WHERE family_id = $1 AND id = $2";
constexpr Sql kNewestExplanation =
    "SELECT coalesce(max(version), 0) FROM child_explanations "
    "WHERE family_id = $1 AND child_id = $2";
constexpr Sql kInsertExplanation =
    "INSERT INTO child_explanations (family_id, child_id, version, seq, text, written_by, "
    "written_at) VALUES ($1, $2, $3, $4, $5, $6, $7)";

std::optional<std::int64_t> Number(const std::string& s) {
  std::int64_t v = 0;
  const auto* end = s.data() + s.size();
  auto [ptr, ec] = std::from_chars(s.data(), end, v);
  if (ec != std::errc() || ptr != end || s.empty() || (s.size() > 1 && s[0] == '0')) {
    return std::nullopt;
  }
  return v;
}

std::string Joined(const std::vector<std::string>& ids) {
  std::string out;
  for (const auto& id : ids) out += (out.empty() ? "" : ",") + id;
  return out;
}

// The share choice and its list agree, and every listed member is of this family.
Status CheckShare(SqlPort& port, const Envelope& env, const std::string& share,
                  const std::vector<std::string>& share_with) {
  const auto choice = domain::ParseShareChoice(share);
  if (!choice) return Fail(env.BadField("share", "is not professionals, parents or members"));
  if ((*choice == domain::ShareChoice::kMembers) == share_with.empty()) {
    return Fail(env.BadField("share_with", "is a non-empty list for members only"));
  }
  for (const auto& id : share_with) {
    if (id.find(',') != std::string::npos) return Fail(env.BadField("share_with", "holds a ','"));
    auto exists = port.Exists(sql::kMemberExists, env.chain(), id);
    if (!exists) return Fail(exists.error());
    if (!*exists) return Fail(env.Problem(Code::kNotFound, "unknown member " + id));
  }
  return {};
}

}  // namespace

Status Projector::On(const events::ChildVoiceWritten& ev, const Envelope& env) {
  if (ev.good_things.empty() && ev.worries.empty() && ev.dreams.empty()) {
    return Fail(env.BadField("good_things", "one of the three houses must be written"));
  }
  auto child = port_.Exists(sql::kMemberExists, env.chain(), ev.child_id);
  if (!child) return Fail(child.error());
  if (!*child) return Fail(env.Problem(Code::kNotFound, "unknown member " + ev.child_id));
  if (auto s = CheckShare(port_, env, ev.share, ev.share_with); !s) return s;
  auto inserted = port_.Write(kInsertVoice, env.chain(), ev.id, env.seq(), ev.child_id,
                              ev.good_things, ev.worries, ev.dreams, ev.taken_down, env.actor(),
                              env.time(), ev.share, Joined(ev.share_with));
  if (!inserted) return Fail(inserted.error());
  if (*inserted == 0)
    return Fail(env.Problem(Code::kAlreadyExists, "child voice exists: " + ev.id));
  return {};
}

Status Projector::On(const events::ChildVoiceSharingChanged& ev, const Envelope& env) {
  if (auto s = CheckShare(port_, env, ev.share, ev.share_with); !s) return s;
  auto changed = port_.Write(kChangeSharing, env.chain(), ev.id, ev.share, Joined(ev.share_with),
                             env.actor(), env.time(), ev.reason);
  if (!changed) return Fail(changed.error());
  if (*changed == 0) return Fail(env.Problem(Code::kNotFound, "unknown child voice " + ev.id));
  return {};
}

Status Projector::On(const events::ChildExplanationWritten& ev, const Envelope& env) {
  const auto version = Number(ev.version);
  if (!version) return Fail(env.BadField("version", "is not a whole number"));
  auto child = port_.Exists(sql::kMemberExists, env.chain(), ev.child_id);
  if (!child) return Fail(child.error());
  if (!*child) return Fail(env.Problem(Code::kNotFound, "unknown member " + ev.child_id));
  auto newest = port_.One<std::int64_t>(
      kNewestExplanation, [](const Row& r) { return r.Int(0); }, env.chain(), ev.child_id);
  if (!newest) return Fail(newest.error());
  const std::int64_t expected = newest->value_or(0) + 1;
  if (*version != expected) {
    return Fail(env.BadField("version", "must be " + std::to_string(expected)));
  }
  auto inserted = port_.Write(kInsertExplanation, env.chain(), ev.child_id, *version, env.seq(),
                              ev.text, env.actor(), env.time());
  if (!inserted) return Fail(inserted.error());
  return {};
}

}  // namespace stip::store::core
