#include "domain/read_purpose.h"

#include <gtest/gtest.h>

namespace stip::domain {
namespace {

TEST(ReadPurpose, EveryPurposeHasOneStableDutchWord) {
  for (const auto p : {ReadPurpose::kCare, ReadPurpose::kHandover, ReadPurpose::kSecondOpinion,
                       ReadPurpose::kEmergency, ReadPurpose::kQualityReview}) {
    EXPECT_EQ(ParseReadPurpose(ToString(p)), p) << ToString(p);
  }
  EXPECT_EQ(ToString(ReadPurpose::kCare), "hulpverlening");
  EXPECT_EQ(ToString(ReadPurpose::kEmergency), "noodtoegang");
  EXPECT_FALSE(ParseReadPurpose("Hulpverlening"));
  EXPECT_FALSE(ParseReadPurpose(""));
}

TEST(ReadPurpose, EmergencyAccessIsNeverChosen) {
  EXPECT_FALSE(ParseChosenReadPurpose("noodtoegang"));
  EXPECT_EQ(ParseChosenReadPurpose("tegenspraak"), ReadPurpose::kSecondOpinion);
  EXPECT_EQ(kChoosableReadPurposes.front(), ReadPurpose::kCare);  // the usual one first
  for (const auto p : kChoosableReadPurposes) EXPECT_NE(p, ReadPurpose::kEmergency);
}

}  // namespace
}  // namespace stip::domain
