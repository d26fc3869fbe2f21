// Internal to src/web: the family members' accounts on the professional family page
// (page_family_accounts.cpp): the section, and the lead's invite and end-account forms.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "app/stip.h"
#include "http/message.h"
#include "web/page_handlers.h"

namespace stip::web {

// What the lead typed into the invite form or one end-account form, and what was wrong.
struct AccountForm {
  std::string member_id;  // invite: "lid"
  std::string contact;    // invite: "email"
  std::string member_error;
  std::string contact_error;
  std::string revoke_account;  // the account whose end-account form was sent
  std::string reason;          // "reden"
  std::string reason_error;
  std::vector<SummaryLine> summary;
};

// Fills the data of templates/_family_accounts.mustache for `view` (professionals only).
Data AccountsSection(std::string_view locale, const app::FamilyOverview& view,
                     const AccountForm& form, const http::Request& req);

// POST /gezinnen/{id}/accounts and POST /gezinnen/{id}/accounts/{account}/beeindigen.
http::Response InviteMemberSubmit(app::Stip& stip, const http::Request& req);
http::Response RevokeAccountSubmit(app::Stip& stip, const http::Request& req);

}  // namespace stip::web
