// Field error codes: a complete, stable list with snake_case names, and the English messages the
// JSON API has always given.
#include "domain/field_error.h"

#include <set>

#include <gtest/gtest.h>

#include "domain/access.h"
#include "domain/child_voice.h"
#include "domain/decision.h"
#include "domain/digest.h"
#include "domain/family_plan.h"
#include "domain/handover.h"
#include "domain/measure.h"
#include "domain/model.h"
#include "domain/text.h"

namespace stip::domain {
namespace {

TEST(FieldCodeTest, TheListHoldsEveryCodeOnceInOrder) {
  for (std::size_t i = 0; i < kAllFieldCodes.size(); ++i) {
    EXPECT_EQ(static_cast<std::size_t>(kAllFieldCodes[i]), i) << FieldCodeName(kAllFieldCodes[i]);
  }
  // A code added after the last one has a name (the switch demands it) but is not in the list.
  EXPECT_EQ(FieldCodeName(static_cast<FieldCode>(kAllFieldCodes.size())), "")
      << "add the new code to kAllFieldCodes";
}

TEST(FieldCodeTest, NamesAreUniqueSnakeCase) {
  std::set<std::string_view> seen;
  for (const FieldCode code : kAllFieldCodes) {
    const std::string_view name = FieldCodeName(code);
    EXPECT_TRUE(seen.insert(name).second) << name;
    EXPECT_FALSE(name.empty());
    for (const char c : name) {
      EXPECT_TRUE((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_') << name;
    }
  }
}

TEST(FieldCodeTest, EveryValueOfAListIsAcceptedByItsParser) {
  const auto parses = [](ValueList list, const std::string& v) {
    switch (list) {
      case ValueList::kMemberRole:
        return ParseMemberRole(v).has_value();
      case ValueList::kEntryKind:
        return ParseEntryKind(v).has_value();
      case ValueList::kReactionKind:
        return ParseReactionKind(v).has_value();
      case ValueList::kWithholdingGround:
        return ParseWithholdingGround(v).has_value();
      case ValueList::kYesNo:
        return v == "yes" || v == "no";
      case ValueList::kJoinRole:  // issue 10: not the lead, who changes by a handover
        return ParseInvolvementRole(v).has_value() && v != "lead";
      case ValueList::kDigestFrequency:  // issue 10 item 8
        return ParseDigestFrequency(v).has_value();
      case ValueList::kHandoverReason:
        return ParseHandoverReason(v).has_value();
      case ValueList::kOfferOutcome:  // issue 11: the family plan
        return ParseOfferOutcome(v).has_value();
      case ValueList::kWaiverGround:
        return ParseWaiverGround(v).has_value();
      case ValueList::kPlanKind:
        return ParsePlanKind(v).has_value();
      case ValueList::kOwnerKind:
        return ParseOwnerKind(v).has_value();
      case ValueList::kDecisionKind:  // issue 12
        return ParseDecisionKind(v).has_value();
      case ValueList::kVerdict:
        return ParseVerdict(v).has_value();
      case ValueList::kMeasureKind:
        return ParseMeasureKind(v).has_value();
      case ValueList::kShareChoice:  // issue 11 item 5
        return ParseShareChoice(v).has_value();
      case ValueList::kWithheldKind:  // issue 11 item 6
        return ParseWithheldKind(v).has_value();
    }
    return false;
  };
  for (const ValueList list : kAllValueLists) {
    EXPECT_FALSE(ValueListName(list).empty());
    for (const auto& value : ValueListValues(list)) {
      EXPECT_TRUE(parses(list, value)) << ValueListName(list) << ": " << value;
    }
  }
}

TEST(FieldCodeTest, HelpersKeepTheApiMessages) {
  EXPECT_EQ(NotOneOf(ValueList::kMemberRole).message,
            "must be child, parent, carer or other_adult");
  EXPECT_EQ(NotOneOf(ValueList::kEntryKind).message,
            "must be fact, observation, opinion, agreement or conversation_report");
  EXPECT_EQ(NotOneOf(ValueList::kReactionKind).message,
            "must be understood, correction_request, disagreement or own_statement");
  EXPECT_EQ(NotOneOf(ValueList::kWithholdingGround).message,
            "must be protects_third_person, serious_harm_to_child, young_person_confidential or "
            "running_investigation");
  EXPECT_EQ(NotADate().message, "must be a real date as YYYY-MM-DD");
  EXPECT_EQ(UnknownId("team").message, "no team has this id");

  const FieldError role{"members[0].role", NotOneOf(ValueList::kMemberRole)};
  EXPECT_EQ(role.code, FieldCode::kNotOneOf);
  ASSERT_NE(role.Param("list"), nullptr);
  EXPECT_EQ(std::get<std::string>(*role.Param("list")), "member_role");
  EXPECT_EQ(std::get<std::vector<std::string>>(*role.Param("allowed")).size(), 4u);
  EXPECT_EQ(role.Param("max"), nullptr);
}

TEST(FieldCodeTest, TextChecksSayWhatIsWrongInCode) {
  EXPECT_EQ(CheckText("\xff", 10, false, false)->code, FieldCode::kNotUtf8);
  EXPECT_EQ(CheckText(" ", 10, true, false)->code, FieldCode::kRequired);
  EXPECT_EQ(CheckText(" ", 10, true, false)->message, "is required and may not be empty");
  EXPECT_EQ(CheckText("a\nb", 10, true, false)->code, FieldCode::kControlCharacter);
  const auto too_long = CheckText("abcdef", 5, true, false);
  ASSERT_TRUE(too_long);
  EXPECT_EQ(too_long->code, FieldCode::kTooLong);
  EXPECT_EQ(too_long->message, "is too long: 6 characters, at most 5 allowed");
  const FieldError error{"name", *too_long};
  EXPECT_EQ(std::get<std::int64_t>(*error.Param("max")), 5);
  EXPECT_EQ(std::get<std::int64_t>(*error.Param("length")), 6);
}

}  // namespace
}  // namespace stip::domain
