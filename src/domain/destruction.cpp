#include "domain/destruction.h"
#include "domain/destruction_notice.h"

#include <algorithm>

#include "domain/local_time.h"

namespace stip::domain {

std::string_view ToString(DestructionScope scope) {
  return scope == DestructionScope::kFile ? "file" : "own_data";
}

std::string_view ToString(DestructionAnswer answer) {
  switch (answer) {
    case DestructionAnswer::kGranted:
      return "granted";
    case DestructionAnswer::kPartlyGranted:
      return "partly_granted";
    case DestructionAnswer::kRefused:
      return "refused";
  }
  return "refused";
}

std::optional<DestructionScope> ParseDestructionScope(std::string_view text) {
  if (text == "file") return DestructionScope::kFile;
  if (text == "own_data") return DestructionScope::kOwnData;
  return std::nullopt;
}

std::optional<DestructionAnswer> ParseDestructionAnswer(std::string_view text) {
  if (text == "granted") return DestructionAnswer::kGranted;
  if (text == "partly_granted") return DestructionAnswer::kPartlyGranted;
  if (text == "refused") return DestructionAnswer::kRefused;
  return std::nullopt;
}

Date ThreeMonthsAfter(const Date& date) {
  Date out = date;
  out.month += 3;
  if (out.month > 12) {
    out.month -= 12;
    out.year += 1;
  }
  const Date first_next =
      out.month == 12 ? Date{out.year + 1, 1, 1} : Date{out.year, out.month + 1, 1};
  out.day = std::min(out.day, AddDays(first_next, -1).day);
  return out;
}

AskRefusal MayAskDestruction(const Family& family, std::string_view member_id,
                             DestructionScope scope, bool reads_file, const Date& today,
                             const std::vector<DestructionRequest>& existing) {
  const auto m = std::find_if(family.members.begin(), family.members.end(),
                              [&](const Member& x) { return x.id == member_id; });
  if (m == family.members.end()) return AskRefusal::kNotAMember;
  if (m->role == MemberRole::kChild && AgeOn(m->birth_date, today) < 12) {
    return AskRefusal::kUnderTwelve;
  }
  if (scope == DestructionScope::kFile && !reads_file) return AskRefusal::kFileNotShown;
  const bool open = std::any_of(existing.begin(), existing.end(), [&](const DestructionRequest& r) {
    return r.member_id == member_id && r.open();
  });
  if (open) return AskRefusal::kAlreadyOpen;
  return {};
}

std::vector<std::string> CustodiansWhoDidNotAsk(const Family& family, std::string_view asker,
                                                const std::vector<DestructionRequest>& requests) {
  std::vector<std::string> out;
  for (const Custody& c : family.custody) {
    if (!c.has_custody || c.parent_id == asker) continue;
    if (std::find(out.begin(), out.end(), c.parent_id) != out.end()) continue;
    const bool asked = std::any_of(requests.begin(), requests.end(), [&](const auto& r) {
      return r.member_id == c.parent_id && r.scope == DestructionScope::kFile;
    });
    if (!asked) out.push_back(c.parent_id);
  }
  return out;
}

bool ObjectionTermOver(const Family& family, const DestructionRequest& request,
                       const std::vector<DestructionRequest>& requests, const Date& today) {
  if (!(today < AddDays(AmsterdamDate(request.requested_at), kObjectionDays))) return true;
  return CustodiansWhoDidNotAsk(family, request.member_id, requests).empty();
}

}  // namespace stip::domain
