// Contract: issue 3's projections (entry audience and corrections, withholdings, reactions,
// objections) read back what the events said, reject inconsistent events, and rebuild the same.
#include <gtest/gtest.h>

#include <optional>

#include <boost/json/array.hpp>

#include "ledger/event_types.h"
#include "store/store_support.h"

namespace stip::store::testing {
namespace {

namespace types = ledger::types;
using domain::Code;

class ReactionsStoreTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (!ready()) return;
    SeedSystem();
    SeedFamily("fam_a", "Gezin A");
    SeedFamily("fam_b", "Gezin B");
    AddEntry("fam_a", "ent_1", 3000);
  }
  const std::string parent_ = "fam_a_m1";
  const std::string child_ = "fam_a_m2";
};
STIP_STORE_CONTRACT(ReactionsStoreTest);

TEST_P(ReactionsStoreTest, EntryAudienceIsStoredAndAbsentMeansTheHousehold) {
  AppendOk("fam_a", {Ev("fam_a", types::kEntryAdded,
                        {{"id", "ent_2"},
                         {"kind", "fact"},
                         {"source", "school"},
                         {"text", "Alleen over Noah."},
                         {"concerns", boost::json::array{child_}},
                         {"confidential_of", child_}},
                        3100)});
  auto two = store().FindEntry("fam_a", "ent_2");
  ASSERT_TRUE(two && *two);
  EXPECT_EQ((*two)->concerns, std::vector<std::string>{child_});
  EXPECT_EQ((*two)->confidential_of, child_);
  auto one = store().FindEntry("fam_a", "ent_1");
  ASSERT_TRUE(one && *one);
  EXPECT_TRUE((*one)->concerns.empty());
  EXPECT_FALSE((*one)->confidential_of);
  EXPECT_FALSE(*store().FindEntry("fam_b", "ent_1")) << "an entry belongs to one family";
  auto listed = store().ListEntries("fam_a", {0, 10});
  ASSERT_TRUE(listed);
  EXPECT_EQ(listed->at(0).concerns, std::vector<std::string>{child_});

  auto unknown = Append("fam_a", 7,
                        {Ev("fam_a", types::kEntryAdded,
                            {{"id", "ent_3"},
                             {"kind", "fact"},
                             {"source", "x"},
                             {"text", "x"},
                             {"concerns", boost::json::array{"fam_b_m1"}}})});
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.error().code, Code::kInvalidArgument);
}

TEST_P(ReactionsStoreTest, WithholdingsAreDecidedRenewedAndLifted) {
  AppendOk("fam_a", {Ev("fam_a", types::kWithholdingDecided,
                        {{"id", "whd_1"},
                         {"entry_id", "ent_1"},
                         {"member_id", parent_},
                         {"ground", "protects_third_person"},
                         {"reason", "Wie meldde"},
                         {"review_date", "2027-01-01"}},
                        4000, kLead)});
  auto list = store().ListWithholdings("fam_a");
  ASSERT_TRUE(list);
  ASSERT_EQ(list->size(), 1u);
  EXPECT_EQ(list->at(0).decided_by, kLead);
  EXPECT_EQ(list->at(0).decided_at, 4000);
  EXPECT_EQ(list->at(0).ground, domain::WithholdingGround::kProtectsThirdPerson);
  EXPECT_FALSE(list->at(0).lifted);

  AppendOk("fam_a", {Ev("fam_a", types::kWithholdingRenewed,
                        {{"id", "whd_1"}, {"review_date", "2027-02-01"}, {"reason", "Nog nodig"}},
                        5000, kDuo)});
  list = store().ListWithholdings("fam_a");
  EXPECT_EQ(domain::FormatDate(list->at(0).review_date), "2027-02-01");
  EXPECT_EQ(list->at(0).reason, "Nog nodig");
  EXPECT_EQ(list->at(0).decided_by, kLead) << "a renewal keeps the first decision";

  AppendOk("fam_a", {Ev("fam_a", types::kObjectionFiled,
                        {{"id", "obj_1"},
                         {"withholding_id", "whd_1"},
                         {"member_id", parent_},
                         {"text", "Ik wil het lezen"}},
                        5100, "acc_1")});
  AppendOk("fam_a", {Ev("fam_a", types::kObjectionAnswered,
                        {{"id", "obj_1"}, {"upheld", true}, {"answer", "Gegrond"}}, 5200, kDuo),
                     Ev("fam_a", types::kWithholdingLifted,
                        {{"id", "whd_1"}, {"reason", "bezwaar gegrond"}}, 5200, kDuo)});
  EXPECT_TRUE(store().ListWithholdings("fam_a")->at(0).lifted);
  auto objections = store().ListObjections("fam_a");
  ASSERT_TRUE(objections);
  ASSERT_EQ(objections->size(), 1u);
  EXPECT_EQ(objections->at(0).status, domain::RequestStatus::kAccepted);
  EXPECT_EQ(objections->at(0).answered_by, kDuo);
  EXPECT_TRUE(store().ListWithholdings("fam_b")->empty());

  // Lifting twice, or for an entry of another family, is refused.
  const auto head = store().Head("fam_a")->seq;
  EXPECT_EQ(Append("fam_a", head, {Ev("fam_a", types::kWithholdingLifted, {{"id", "whd_1"}})})
                .error()
                .code,
            Code::kFailedPrecondition);
  EXPECT_FALSE(Append("fam_b", store().Head("fam_b")->seq,
                      {Ev("fam_b", types::kWithholdingDecided,
                          {{"id", "whd_2"},
                           {"entry_id", "ent_1"},
                           {"member_id", "fam_b_m1"},
                           {"ground", "protects_third_person"},
                           {"reason", "x"},
                           {"review_date", "2027-01-01"}})}));
}

TEST_P(ReactionsStoreTest, AcceptedCorrectionAddsAnEntryAndMarksTheOld) {
  AppendOk("fam_a", {Ev("fam_a", types::kReactionAdded,
                        {{"id", "rea_1"},
                         {"entry_id", "ent_1"},
                         {"member_id", parent_},
                         {"kind", "correction_request"},
                         {"text", "Klopt niet"},
                         {"deadline", "2026-12-29"}},
                        4000, "acc_1")});
  auto open = store().ListOpenCorrections("fam_a");
  ASSERT_TRUE(open);
  ASSERT_EQ(open->size(), 1u);
  EXPECT_EQ(domain::FormatDate(*open->at(0).deadline), "2026-12-29");
  EXPECT_EQ(open->at(0).account_id, "acc_1");

  AppendOk("fam_a", {Ev("fam_a", types::kCorrectionAnswered,
                        {{"reaction_id", "rea_1"},
                         {"accepted", true},
                         {"answer", "Aangepast"},
                         {"correction_entry_id", "ent_2"}},
                        5000, kLead),
                     Ev("fam_a", types::kEntryCorrected,
                        {{"id", "ent_2"},
                         {"corrects", "ent_1"},
                         {"kind", "observation"},
                         {"source", "eigen waarneming"},
                         {"text", "Verbeterd"}},
                        5000, kLead)});
  EXPECT_TRUE(store().ListOpenCorrections("fam_a")->empty());
  auto reaction = store().FindReaction("fam_a", "rea_1");
  ASSERT_TRUE(reaction && *reaction);
  EXPECT_EQ((*reaction)->status, domain::RequestStatus::kAccepted);
  EXPECT_EQ((*reaction)->correction_entry_id, "ent_2");
  EXPECT_EQ((*reaction)->answered_by, kLead);
  auto entries = store().ListEntries("fam_a", {0, 10});
  ASSERT_TRUE(entries);
  ASSERT_EQ(entries->size(), 2u);
  EXPECT_EQ(entries->at(0).corrects, "ent_1");
  EXPECT_EQ(entries->at(1).corrected_by, "ent_2");
  auto reactions = store().ListReactions("fam_a", entries->at(1).seq, entries->at(0).seq);
  ASSERT_TRUE(reactions);
  EXPECT_EQ(reactions->size(), 1u);
  EXPECT_EQ(store().ListFamiliesOf(kLead)->at(0).entry_count, 2);

  // A second correction of the same entry, or an answer to an answered request, is refused.
  const auto head = store().Head("fam_a")->seq;
  EXPECT_FALSE(Append("fam_a", head,
                      {Ev("fam_a", types::kEntryCorrected,
                          {{"id", "ent_3"},
                           {"corrects", "ent_1"},
                           {"kind", "fact"},
                           {"source", "x"},
                           {"text", "x"}})}));
  EXPECT_FALSE(Append("fam_a", head,
                      {Ev("fam_a", types::kCorrectionAnswered,
                          {{"reaction_id", "rea_1"}, {"accepted", false}, {"answer", "Nee"}})}));
  EXPECT_TRUE(store().Rebuild()->identical);
}

TEST_P(ReactionsStoreTest, AReactionNeedsAnEntryOfTheSameFamily) {
  auto other = Append("fam_b", store().Head("fam_b")->seq,
                      {Ev("fam_b", types::kReactionAdded,
                          {{"id", "rea_9"},
                           {"entry_id", "ent_1"},
                           {"member_id", "fam_b_m1"},
                           {"kind", "understood"},
                           {"text", ""}})});
  ASSERT_FALSE(other);
  EXPECT_EQ(other.error().code, Code::kNotFound);
  auto bad_kind = Append("fam_a", store().Head("fam_a")->seq,
                         {Ev("fam_a", types::kReactionAdded,
                             {{"id", "rea_9"},
                              {"entry_id", "ent_1"},
                              {"member_id", parent_},
                              {"kind", "boos"},
                              {"text", ""}})});
  ASSERT_FALSE(bad_kind);
  EXPECT_EQ(bad_kind.error().code, Code::kInvalidArgument);
}

// Issue 13: withholding.decided_for names several members or the whole household; the old
// withholding.decided keeps reading as its one member.
TEST_P(ReactionsStoreTest, AWithholdingForSeveralMembersOrTheHouseholdReadsBack) {
  AppendOk("fam_a", {Ev("fam_a", types::kWithholdingDecided,
                        {{"id", "whd_1"},
                         {"entry_id", "ent_1"},
                         {"member_id", parent_},
                         {"ground", "serious_harm_to_child"},
                         {"reason", "r"},
                         {"review_date", "2027-01-01"}},
                        4000, kLead),
                     Ev("fam_a", types::kWithholdingDecidedFor,
                        {{"id", "whd_2"},
                         {"entry_id", "ent_1"},
                         {"whole_household", true},
                         {"ground", "protects_third_person"},
                         {"reason", "Wie meldde"},
                         {"review_date", "2027-01-01"}},
                        4000, kLead),
                     Ev("fam_a", types::kWithholdingDecidedFor,
                        {{"id", "whd_3"},
                         {"entry_id", "ent_1"},
                         {"member_ids", boost::json::array{parent_, child_}},
                         {"ground", "protects_third_person"},
                         {"reason", "Wie meldde"},
                         {"review_date", "2027-01-01"},
                         {"narrowing_reason", "Alleen zij"}},
                        4000, kLead)});
  auto list = store().ListWithholdings("fam_a");
  ASSERT_TRUE(list);
  ASSERT_EQ(list->size(), 3u);
  EXPECT_EQ(list->at(0).member_id, parent_);
  EXPECT_TRUE(list->at(0).member_ids.empty());
  EXPECT_FALSE(list->at(0).whole_household);
  EXPECT_TRUE(list->at(1).whole_household);
  EXPECT_TRUE(list->at(1).member_id.empty());
  EXPECT_TRUE(list->at(1).member_ids.empty());
  EXPECT_EQ(list->at(2).member_ids, (std::vector<std::string>{parent_, child_}));
  EXPECT_EQ(list->at(2).narrowing_reason, "Alleen zij");
  EXPECT_FALSE(list->at(2).whole_household);

  // Inconsistent: both or neither, an unknown or repeated member.
  const auto bad = [&](boost::json::object extra) {
    boost::json::object payload{{"id", "whd_9"},
                                {"entry_id", "ent_1"},
                                {"ground", "protects_third_person"},
                                {"reason", "r"},
                                {"review_date", "2027-01-01"}};
    for (auto& field : extra) payload[field.key()] = field.value();
    auto r = Append("fam_a", store().Head("fam_a")->seq,
                    {Ev("fam_a", types::kWithholdingDecidedFor, payload)});
    EXPECT_FALSE(r);
    return r ? std::optional<Code>() : std::optional<Code>(r.error().code);
  };
  EXPECT_EQ(bad({}), Code::kInvalidArgument);
  EXPECT_EQ(bad({{"whole_household", true}, {"member_ids", boost::json::array{parent_}}}),
            Code::kInvalidArgument);
  EXPECT_TRUE(bad({{"member_ids", boost::json::array{"fam_b_m1"}}}).has_value());
  EXPECT_EQ(bad({{"member_ids", boost::json::array{parent_, parent_}}}), Code::kInvalidArgument);
  EXPECT_EQ(store().ListWithholdings("fam_a")->size(), 3u);
}

}  // namespace
}  // namespace stip::store::testing
