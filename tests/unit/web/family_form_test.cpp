// The new-family form: empty rows skipped, custody asked per pair, errors put back in place.
#include "web/family_form.h"

#include <gtest/gtest.h>

namespace stip::web {
namespace {

using Form = std::map<std::string, std::string>;

Form Household() {
  return {{"naam", "Gezin Jansen"},
          {"lid0_naam", "Eva Jansen"},
          {"lid0_rol", "parent"},
          {"lid0_geboortedatum", "1988-04-02"},
          {"lid1_naam", ""},
          {"lid1_rol", ""},
          {"lid1_geboortedatum", ""},
          {"lid2_naam", "Noor Jansen"},
          {"lid2_rol", "child"},
          {"lid2_geboortedatum", "11-06-2019"},
          {"lid3_naam", "Mees Jansen"},
          {"lid3_rol", "child"},
          {"lid3_geboortedatum", "2021-01-05"},
          {"lid4_naam", "Oma Jansen"},
          {"lid4_rol", "other_adult"},
          {"lid4_geboortedatum", "1950-09-09"},
          {"lid5_rol", "carer"},  // a role alone is an untouched row
          {"vast_gezicht", "usr_lead"},
          {"duo", ""}};
}

TEST(FamilyFormTest, EmptyRowsAreSkippedAndRowsMapBack) {
  const FamilyForm form = ParseFamilyForm(Household());
  const FamilyRequest request = ToNewFamily(form);
  ASSERT_EQ(request.family.members.size(), 4u);
  EXPECT_EQ(request.member_rows, (std::vector<int>{0, 2, 3, 4}));
  EXPECT_EQ(request.family.members[1].name, "Noor Jansen");
  EXPECT_EQ(request.family.members[1].ref, "r2");
  EXPECT_EQ(request.family.members[1].birth_date, "2019-06-11") << "Dutch date order accepted";
  EXPECT_EQ(request.family.name, "Gezin Jansen");
  EXPECT_EQ(request.family.lead_user_id, "usr_lead");
  EXPECT_EQ(request.family.duo_user_id, "");
}

TEST(FamilyFormTest, CustodyPairsAreEveryParentWithEveryChild) {
  const FamilyForm form = ParseFamilyForm(Household());
  ASSERT_EQ(form.custody.size(), 2u);
  EXPECT_EQ(PairsKey(form.custody), "0-2,0-3");
  EXPECT_FALSE(form.CustodyConfirmed()) << "the person has not seen these pairs yet";
}

TEST(FamilyFormTest, OnlyTickedPairsAreRecordedOnceConfirmed) {
  Form f = Household();
  f["gezag_paren"] = "0-2,0-3";
  f["gezag_0_2"] = "ja";
  const FamilyForm form = ParseFamilyForm(f);
  EXPECT_TRUE(form.CustodyConfirmed());
  const FamilyRequest request = ToNewFamily(form);
  ASSERT_EQ(request.family.custody.size(), 1u);
  EXPECT_EQ(request.family.custody[0].parent_ref, "r0");
  EXPECT_EQ(request.family.custody[0].child_ref, "r2");
  EXPECT_TRUE(request.family.custody[0].has_custody);
  EXPECT_EQ(request.custody_choices, (std::vector<int>{0}));
}

TEST(FamilyFormTest, ChangedRowsAskForCustodyAgain) {
  Form f = Household();
  f["gezag_paren"] = "0-2";  // Mees was added after the pairs were shown
  EXPECT_FALSE(ParseFamilyForm(f).CustodyConfirmed());
}

TEST(FamilyFormTest, NoParentsMeansNothingToAsk) {
  const FamilyForm form =
      ParseFamilyForm({{"naam", "Gezin"}, {"lid0_naam", "Kim"}, {"lid0_rol", "child"}});
  EXPECT_TRUE(form.custody.empty());
  EXPECT_TRUE(form.CustodyConfirmed());
}

TEST(FamilyFormTest, NormaliseDate) {
  EXPECT_EQ(NormaliseDate("2019-03-14"), "2019-03-14");
  EXPECT_EQ(NormaliseDate(" 14-03-2019 "), "2019-03-14");
  EXPECT_EQ(NormaliseDate("14/3/2019"), "2019-03-14");
  EXPECT_EQ(NormaliseDate("1.1.2020"), "2020-01-01");
  EXPECT_EQ(NormaliseDate("31-02-2019"), "31-02-2019") << "not a real date: the app says so";
  EXPECT_EQ(NormaliseDate("gisteren"), "gisteren");
  EXPECT_EQ(NormaliseDate(""), "");
}

TEST(FamilyFormTest, AppFieldsPointAtTheRightControls) {
  Form f = Household();
  f["gezag_paren"] = "0-2,0-3";
  f["gezag_0_3"] = "ja";
  const FamilyForm form = ParseFamilyForm(f);
  const FamilyRequest request = ToNewFamily(form);
  using Slot = FieldPlace::Slot;

  FieldPlace p = PlaceOf("members[1].birth_date", request, form);
  EXPECT_EQ(p.slot, Slot::kMemberBirth);
  EXPECT_EQ(p.row, 2);
  EXPECT_EQ(p.anchor, "lid-2-geboortedatum");
  p = PlaceOf("members[3].role", request, form);
  EXPECT_EQ(p.slot, Slot::kMemberRole);
  EXPECT_EQ(p.anchor, "lid-4-rol");
  p = PlaceOf("members[0].name", request, form);
  EXPECT_EQ(p.anchor, "lid-0-naam");
  p = PlaceOf("custody[0].child_ref", request, form);
  EXPECT_EQ(p.slot, Slot::kCustody);
  EXPECT_EQ(p.custody, 1);
  EXPECT_EQ(p.anchor, "gezag-0-3");
  EXPECT_EQ(PlaceOf("name", request, form).anchor, "naam");
  EXPECT_EQ(PlaceOf("lead_user_id", request, form).anchor, "vast-gezicht");
  EXPECT_EQ(PlaceOf("duo_user_id", request, form).anchor, "duo");
  EXPECT_EQ(PlaceOf("members", request, form).slot, Slot::kMembers);
  EXPECT_EQ(PlaceOf("members[99].name", request, form).slot, Slot::kMembers);
  EXPECT_EQ(PlaceOf("members[x].name", request, form).slot, Slot::kOther);
  EXPECT_EQ(PlaceOf("something_else", request, form).anchor, "");
}

}  // namespace
}  // namespace stip::web
