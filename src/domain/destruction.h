// The family's request to destroy (issue 14 item 3 part C; ../shared/LEGAL_FACTS.md): a family
// member asks that the file, or their own data, be destroyed; the organisation answers within
// three months (Jeugdwet art. 7.3.9 and 7.3.10, with AVG art. 17: unless another person's
// important interest or a legal duty to keep it blocks it). Not a child under 12: the law presumes
// a child of 12 or older able to weigh their interests, and a younger one not (the parents with
// custody ask for them). Pure rules; the 14-day notice rule: domain/destruction_notice.h.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/model.h"
#include "domain/time.h"

namespace stip::domain {

enum class DestructionScope {
  kFile,     // "file": the whole family file
  kOwnData,  // "own_data": what is about the asker
};

enum class DestructionAnswer {
  kGranted,        // "granted": destroyed as asked
  kPartlyGranted,  // "partly_granted": part destroyed, part kept (reasons say which and why)
  kRefused,        // "refused": kept (reasons say why; the asker may complain)
};

std::string_view ToString(DestructionScope scope);
std::string_view ToString(DestructionAnswer answer);
std::optional<DestructionScope> ParseDestructionScope(std::string_view text);
std::optional<DestructionAnswer> ParseDestructionAnswer(std::string_view text);

struct DestructionRequest {
  std::string id;  // "vnr_..."
  std::string family_id;
  std::string member_id;   // who asked
  std::string account_id;  // through which account
  DestructionScope scope = DestructionScope::kFile;
  std::string reason;  // optional
  Millis requested_at = 0;
  std::optional<DestructionAnswer> answer;  // none while open
  std::string answer_reasons;
  std::string answered_by;
  Millis answered_at = 0;
  bool open() const { return !answer.has_value(); }
};

// The answer term: three months after the day of the request (the term of Jeugdwet art. 7.3.9;
// not AVG art. 12(3), whose one month is for other requests); a day that does not exist in that
// month becomes its last day (30 November -> 28 or 29 February).
Date ThreeMonthsAfter(const Date& date);

// Why a member may not ask; kOk when they may.
enum class AskRefusal {
  kOk,
  kNotAMember,    // no member of this file (or a network member)
  kUnderTwelve,   // a child under 12: the parents with custody ask
  kAlreadyOpen,   // this member has an open request already
  kFileNotShown,  // the whole file, while the member does not read the file
};

// Whether `member_id` may ask for destruction of `scope` on `today`. `reads_file`: the access
// engine lets the member read the file's entries (scope file is only for who sees the file;
// a parent who sees the summary only may ask for their own data).
AskRefusal MayAskDestruction(const Family& family, std::string_view member_id,
                             DestructionScope scope, bool reads_file, const Date& today,
                             const std::vector<DestructionRequest>& existing);

}  // namespace stip::domain
