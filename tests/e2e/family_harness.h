// End-to-end harness for the family's side (issue 3): `stip demo` with its invited family, a
// client logged in as the lead, and family members who log in with the code from the outbox.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include <boost/json/value.hpp>

#include "harness.h"

namespace stip::e2e {

// The demo family's accounts (src/app/demo_family.cpp).
inline constexpr std::string_view kMarloes = "marloes@example.org";  // parent with custody
inline constexpr std::string_view kRuben = "ruben@example.org";      // parent without custody
inline constexpr std::string_view kLotte = "lotte@example.org";      // 13
inline constexpr std::string_view kDaan = "daan@example.org";        // 16

class FamilyE2eTest : public E2eTest {
 protected:
  void SetUp() override;

  // The code in the newest message to `to` in DATA_DIR/outbox ("" + failure when none).
  std::string CodeFor(std::string_view to);
  // How many messages to `to` the outbox holds.
  int MailsTo(std::string_view to);
  // A client logged in as the family member with the code from the outbox; it sends the
  // session's CSRF token in X-CSRF-Token.
  std::unique_ptr<HttpClient> LogInFamily(std::string_view contact);
  // GET /api/v1/families/{id}/home, asserting 200.
  boost::json::value Home(HttpClient& client);

  std::unique_ptr<HttpClient> lead_;
  std::string family_id_;
};

}  // namespace stip::e2e
