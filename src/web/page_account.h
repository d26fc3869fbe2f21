// Internal to src/web (issue 14): "Mijn account" (a professional's own API tokens and
// sessions) and the administrator's pages for professional accounts, and what they share.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "app/stip.h"
#include "http/message.h"
#include "web/render.h"

namespace stip::web {

// --- Mijn account (page_account.cpp) ---------------------------------------------------------
http::Response AccountPage(app::Stip& stip, const http::Request& req);
http::Response IssueTokenSubmit(app::Stip& stip, const http::Request& req);
http::Response RevokeTokenSubmit(app::Stip& stip, const http::Request& req);
// Issue 14 item 2: the second login step (page_second_step.cpp).
http::Response SecondStepPage(app::Stip& stip, const http::Request& req);
http::Response StartSecondStepSubmit(app::Stip& stip, const http::Request& req);
http::Response ConfirmSecondStepSubmit(app::Stip& stip, const http::Request& req);
http::Response DisableSecondStepSubmit(app::Stip& stip, const http::Request& req);

// --- administration (page_admin.cpp) -----------------------------------------------------------
http::Response AdminPage(app::Stip& stip, const http::Request& req);
http::Response AdminCreateUserSubmit(app::Stip& stip, const http::Request& req);
http::Response AdminUserPage(app::Stip& stip, const http::Request& req);
http::Response AdminDisableSubmit(app::Stip& stip, const http::Request& req);
http::Response AdminEnableSubmit(app::Stip& stip, const http::Request& req);
http::Response AdminTeamSubmit(app::Stip& stip, const http::Request& req);
http::Response AdminRevokeTokenSubmit(app::Stip& stip, const http::Request& req);
// Issue 14 item 1: a reset link, a lost second step, organisations and teams (page_admin.cpp),
// and the reset link's own page, without login (page_password_reset.cpp).
http::Response AdminPasswordResetSubmit(app::Stip& stip, const http::Request& req);
http::Response AdminSecondStepResetSubmit(app::Stip& stip, const http::Request& req);
http::Response AdminCreateOrganisationSubmit(app::Stip& stip, const http::Request& req);
http::Response AdminCreateTeamSubmit(app::Stip& stip, const http::Request& req);
http::Response AdminRenameTeamSubmit(app::Stip& stip, const http::Request& req);
// Issue 14 item 4: the operators' log (page_operator_log.cpp).
http::Response AdminOperationsPage(app::Stip& stip, const http::Request& req);
http::Response PasswordResetPage(app::Stip& stip, const http::Request& req);
http::Response PasswordResetSubmit(app::Stip& stip, const http::Request& req);

// --- shared ------------------------------------------------------------------------------------
// One text field for templates/_form_input.mustache.
Data InputField(std::string id, std::string name, std::string type, std::string label,
                std::string value, std::string hint, std::string error);
// The tokens table (templates/_tokens_table.mustache): `revoke_base` + id + "/intrekken" is
// each active token's revoke form.
void SetTokensTable(Data& page, std::string_view locale, const std::vector<app::TokenInfo>& tokens,
                    const std::string& caption, const std::string& revoke_base);
// The sessions table (templates/_sessions_table.mustache).
void SetSessionsTable(Data& page, std::string_view locale,
                      const std::vector<app::SessionInfo>& sessions);

}  // namespace stip::web
