// Issue 14: the password rule for professionals (length, the list of common passwords, the
// username) and the rule that keeps administrators and disabled accounts out of families.
#include "domain/password_policy.h"

#include <gtest/gtest.h>

#include "domain/rules.h"

namespace stip::domain {
namespace {

TEST(PasswordPolicyTest, NeedsTwelveCharactersCountedAsCharacters) {
  EXPECT_EQ(CheckNewPassword("elf-tekens!", "sanne")->code, FieldCode::kWrongLength);
  EXPECT_EQ(CheckNewPassword("elf-tekens!", "sanne")->field, "password");
  EXPECT_FALSE(CheckNewPassword("twaalf-tekens", "sanne"));
  // Eleven characters, though more bytes in UTF-8: still too short.
  EXPECT_EQ(CheckNewPassword("\xC3\xA9\xC3\xA9n-twee-dr", "sanne")->code, FieldCode::kWrongLength);
  EXPECT_EQ(CheckNewPassword(std::string(kMaxPasswordChars + 1, 'x'), "sanne")->code,
            FieldCode::kWrongLength);
  const auto error = CheckNewPassword("kort", "sanne");
  ASSERT_TRUE(error);
  EXPECT_EQ(std::get<std::int64_t>(*error->Param("min")), 12);
}

TEST(PasswordPolicyTest, RefusesCommonPasswordsAndWhatIsBuiltFromThem) {
  for (const char* common :
       {"wachtwoord1234", "Wachtwoord2024!", "WELKOM123456", "qwertyuiopas", "password1234",
        "123456789012", "!!!!!!!!!!!!", "abababababab", "Zomer2026!!!!", "beheerder123"}) {
    EXPECT_TRUE(IsCommonPassword(common)) << common;
    EXPECT_EQ(CheckNewPassword(common, "iemand")->code, FieldCode::kCommonPassword) << common;
  }
  for (const char* fine : {"paarse-olifant-fietst", "twaalf-tekens", "Wachtwoord-van-Sanne",
                           "correct horse battery staple"}) {
    EXPECT_FALSE(IsCommonPassword(fine)) << fine;
  }
}

TEST(PasswordPolicyTest, RefusesAPasswordThatHoldsTheUsername) {
  EXPECT_EQ(CheckNewPassword("ik-ben-SanneDeWit", "sannedewit")->code, FieldCode::kCommonPassword);
  // A very short username is too common a string to refuse on.
  EXPECT_FALSE(CheckNewPassword("paarse-olifant-fietst", "pa"));
}

TEST(RulesTest, AnAdministratorOrADisabledAccountIsNeverInvolved) {
  User user;
  EXPECT_FALSE(CheckMayBeInvolved(user));
  user.admin = true;
  EXPECT_EQ(CheckMayBeInvolved(user)->code, FieldCode::kAdminNotInvolved);
  user.admin = false;
  user.disabled = true;
  EXPECT_EQ(CheckMayBeInvolved(user)->code, FieldCode::kAccountDisabled);
}

}  // namespace
}  // namespace stip::domain
