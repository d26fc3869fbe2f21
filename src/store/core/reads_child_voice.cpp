// The children's own words and explanations of one family (issue 11 item 5), read in one
// snapshot for both engines.
#include <optional>
#include <string>

#include "domain/child_voice.h"
#include "store/core/core_store.h"
#include "store/core/sql.h"

namespace stip::store::core {

namespace {

inline constexpr Sql kListVoices =
    "SELECT id, seq, child_id, good_things, worries, dreams, taken_down, written_by, written_at, "
    "share, share_with, sharing_changed_by, sharing_changed_at, sharing_reason "
    "FROM child_voices WHERE family_id = $1 ORDER BY seq, id";
inline constexpr Sql kListExplanations =
    "SELECT child_id, version, seq, text, written_by, written_at "
    "FROM child_explanations WHERE family_id = $1 ORDER BY seq, child_id";

std::vector<std::string> Split(std::string_view joined) {
  std::vector<std::string> out;
  while (!joined.empty()) {
    const auto comma = joined.find(',');
    out.emplace_back(joined.substr(0, comma));
    if (comma == std::string_view::npos) break;
    joined.remove_prefix(comma + 1);
  }
  return out;
}

}  // namespace

Result<domain::ChildVoices> CoreStore::LoadChildVoices(const std::string& family_id) {
  domain::ChildVoices all;
  std::optional<domain::Error> bad;
  auto status = ReadSnapshot([&](SqlPort& port) -> Status {
    all = {};
    if (auto s = port.Each(
            kListVoices,
            [&](const Row& r) {
              domain::ChildVoice v;
              v.id = r.Text(0);
              v.seq = r.Int(1);
              v.child_id = r.Text(2);
              v.good_things = r.Text(3);
              v.worries = r.Text(4);
              v.dreams = r.Text(5);
              v.taken_down = r.Bool(6);
              v.written_by = r.Text(7);
              v.written_at = r.Int(8);
              const auto share = domain::ParseShareChoice(r.View(9));
              if (!share && !bad) {
                bad = domain::Error{
                    domain::Code::kInternal, "stored child voice " + v.id + " is corrupt", {}};
              }
              v.share = share.value_or(domain::ShareChoice::kProfessionals);
              v.share_with = Split(r.View(10));
              v.sharing_changed_by = r.Text(11);
              v.sharing_changed_at = r.Int(12);
              v.sharing_reason = r.Text(13);
              all.voices.push_back(std::move(v));
            },
            family_id);
        !s) {
      return s;
    }
    return port.Each(
        kListExplanations,
        [&](const Row& r) {
          all.explanations.push_back(
              {r.Text(0), static_cast<int>(r.Int(1)), r.Int(2), r.Text(3), r.Text(4), r.Int(5)});
        },
        family_id);
  });
  if (!status) return domain::Fail(status.error());
  if (bad) return domain::Fail(std::move(*bad));
  return all;
}

}  // namespace stip::store::core
