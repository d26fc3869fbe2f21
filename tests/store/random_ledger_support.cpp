#include "store/random_ledger_support.h"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <iterator>
#include <utility>

#include "domain/access.h"
#include "domain/model.h"
#include "ledger/event_types.h"
#include "store/core/core_store.h"

namespace stip::store::testing {

namespace types = ledger::types;

namespace {

// A row whose state can change once: a lifted withholding, an answered objection, a revoked
// account, an ended consent.
struct Flagged {
  std::string id;
  bool flag = false;
};

struct Reaction {
  std::string id;
  std::string entry;
  bool correction_request = false;
  bool answered = false;
};

struct Member {
  std::string id;
  domain::MemberRole role;
};

struct Family {
  std::string id;
  bool created = false;
  std::int64_t head = 0;
  std::vector<Member> members;
  std::vector<std::string> involved;     // users with an active involvement
  std::vector<std::string> uncorrected;  // entries that no correction replaced yet
  std::vector<Flagged> withholdings;     // flag: lifted
  std::vector<Flagged> objections;       // flag: answered
  std::vector<Reaction> reactions;
  std::vector<Flagged> accounts;  // flag: revoked
  std::vector<Flagged> consents;  // flag: ended
};

template <typename T>
std::vector<T*> Where(std::vector<T>& items, bool flag) {
  std::vector<T*> out;
  for (T& item : items) {
    if (item.flag == flag) out.push_back(&item);
  }
  return out;
}

}  // namespace

struct RandomLedger::Model {
  std::int64_t system_head = 0;
  std::vector<std::string> orgs, teams, users, tokens;
  // How many of `users` were committed before the batch being made: a family event may name
  // only those, because an engine may commit the appends of one batch in any order (PostgreSQL
  // takes them in chain order, so "fam_1" before "system").
  std::size_t settled_users = 0;
  std::vector<Family> families;
};

RandomLedger::RandomLedger(std::uint32_t seed, std::string prefix, std::int64_t system_head)
    : rng_(seed), prefix_(std::move(prefix)), model_(std::make_unique<Model>()) {
  model_->system_head = system_head;
}
RandomLedger::~RandomLedger() = default;

std::int64_t RandomLedger::system_head() const { return model_->system_head; }

std::string RandomLedger::NewId(const char* kind) {
  return prefix_ + kind + "_" + std::to_string(++next_id_);
}

std::string RandomLedger::Date() {
  char text[16];
  std::snprintf(text, sizeof text, "%04u-%02u-%02u", 2000 + Below(31), 1 + Below(12),
                1 + Below(28));
  return text;
}

std::string RandomLedger::Text() {
  static const char* const kTexts[] = {
      "Huisbezoek, moeder en kind thuis.",  "Zo\xC3\xAB zegt: \"blij\" \xE2\x9C\x93",
      "regel 1\nregel 2\ttab \\ backslash", "Afspraak: school belt vader.",
      "\xE5\xAE\x89\xE5\xBF\x83",           "x",
  };
  return kTexts[Below(std::size(kTexts))];
}

ledger::Event RandomLedger::Ev(const std::string& chain, std::string_view type,
                               boost::json::object payload) {
  ledger::Event e;
  e.chain = chain;
  e.type = std::string(type);
  const auto& users = model_->users;
  e.actor = users.empty() ? std::string("system") : users[Below(users.size())];
  clock_ += 1 + Below(6 * 60 * 60 * 1000);  // up to six hours later
  e.time = clock_;
  e.payload = std::move(payload);
  ++events_;
  return e;
}

CommitBatch RandomLedger::Next() {
  Model& m = *model_;
  m.settled_users = m.users.size();
  CommitBatch batch;
  if (m.users.empty() || Chance(15)) {
    auto events = SystemEvents();
    const std::int64_t expected = m.system_head;
    m.system_head += static_cast<std::int64_t>(events.size());
    batch.appends.push_back({std::string(ledger::kSystemChain), expected, std::move(events)});
  }
  std::vector<std::size_t> chosen;
  const int appends = Chance(40) ? 2 : 1;
  for (int i = 0; i < appends; ++i) {
    std::size_t f = 0;
    if (m.families.empty() || (m.families.size() < 8 && Chance(20))) {
      m.families.emplace_back().id = NewId("fam");
      f = m.families.size() - 1;
    } else {
      f = Below(m.families.size());
    }
    if (std::find(chosen.begin(), chosen.end(), f) != chosen.end()) continue;
    chosen.push_back(f);
    const std::int64_t expected = m.families[f].head;
    auto events = FamilyEvents(f);
    m.families[f].head += static_cast<std::int64_t>(events.size());
    batch.appends.push_back({m.families[f].id, expected, std::move(events)});
  }
  return batch;
}

std::vector<ledger::Event> RandomLedger::SystemEvents() {
  Model& m = *model_;
  const std::string sys(ledger::kSystemChain);
  std::vector<ledger::Event> out;
  auto org = [&] {
    m.orgs.push_back(NewId("org"));
    out.push_back(Ev(sys, types::kOrganisationCreated, {{"id", m.orgs.back()}, {"name", Text()}}));
  };
  auto team = [&] {
    boost::json::object p{
        {"id", NewId("team")},
        {"organisation_id", m.orgs[Below(m.orgs.size())]},
        {"name", Text()},
        {"kind", domain::ToString(Chance(70) ? domain::TeamKind::kLocal
                                             : domain::TeamKind::kRegionalSafety)}};
    if (Chance(50)) p["phone"] = "038 123 4567";
    if (Chance(50)) p["email"] = "team@example.nl";
    m.teams.push_back(p["id"].as_string().c_str());
    out.push_back(Ev(sys, types::kTeamCreated, std::move(p)));
  };
  auto user = [&] {
    const std::string id = NewId("usr");
    boost::json::object p{{"id", id}, {"username", "user-" + id}, {"display_name", Text()}};
    if (Chance(80)) p["team_id"] = m.teams[Below(m.teams.size())];
    if (Chance(20)) p["admin"] = true;
    if (Chance(30)) p["phone"] = "06 1234 5678";
    out.push_back(Ev(sys, types::kUserCreated, std::move(p)));
    m.users.push_back(id);
  };
  auto password = [&] {
    out.push_back(Ev(sys, types::kPasswordSet, {{"user_id", m.users[Below(m.users.size())]}}));
  };
  auto token = [&] {
    const std::string id = NewId("tok");
    boost::json::object p{
        {"id", id}, {"user_id", m.users[Below(m.users.size())]}, {"token_sha256", "sha-" + id}};
    if (Chance(50)) p["name"] = "cli";
    out.push_back(Ev(sys, types::kTokenIssued, std::move(p)));
    m.tokens.push_back(id);
  };
  if (m.orgs.empty()) {
    org();
    team();
    for (int i = 0; i < 3; ++i) user();
    password();
    return out;
  }
  const int count = 1 + static_cast<int>(Below(3));
  for (int i = 0; i < count; ++i) {
    switch (Below(10)) {
      case 0:
        org();
        break;
      case 1:
        team();
        break;
      case 2:
      case 3:
      case 4:
        user();
        break;
      case 5:
        password();
        break;
      case 6:
      case 7:
        token();
        break;
      default:
        if (m.tokens.empty()) {
          token();
        } else {
          out.push_back(Ev(sys, types::kTokenRevoked, {{"id", m.tokens[Below(m.tokens.size())]}}));
        }
    }
  }
  return out;
}

std::vector<ledger::Event> RandomLedger::FamilyEvents(std::size_t f) {
  std::vector<ledger::Event> out;
  Family& family = model_->families[f];
  if (!family.created) {
    family.created = true;
    out.push_back(Ev(family.id, types::kFamilyCreated, {{"name", Text()}}));
  }
  const int count = 1 + static_cast<int>(Below(5));
  for (int i = 0; i < count; ++i) {
    for (auto& event : OneFamilyEvent(f)) out.push_back(std::move(event));
  }
  return out;
}

std::vector<ledger::Event> RandomLedger::OneFamilyEvent(std::size_t f) {
  Model& m = *model_;
  Family& fam = m.families[f];
  const std::string& chain = fam.id;
  std::vector<std::pair<int, std::function<std::vector<ledger::Event>()>>> options;
  auto one = [](ledger::Event e) { return std::vector<ledger::Event>{std::move(e)}; };
  auto member = [&]() -> const std::string& { return fam.members[Below(fam.members.size())].id; };
  auto with_role = [&](std::initializer_list<domain::MemberRole> roles) {
    std::vector<std::string> ids;
    for (const Member& x : fam.members) {
      if (std::find(roles.begin(), roles.end(), x.role) != roles.end()) ids.push_back(x.id);
    }
    return ids;
  };
  auto pick = [&](const auto& items) -> decltype(auto) { return items[Below(items.size())]; };
  auto entry_added = [&](const std::string& id) {
    boost::json::object p{{"id", id},
                          {"kind", domain::ToString(static_cast<domain::EntryKind>(Below(5)))},
                          {"text", Text()}};
    if (Chance(50)) p["source"] = "huisbezoek";
    if (Chance(30)) {
      boost::json::array concerns;
      for (const Member& x : fam.members) {
        if (Chance(50)) concerns.push_back(boost::json::string(x.id));
      }
      p["concerns"] = std::move(concerns);
    }
    if (!fam.members.empty() && Chance(15)) p["confidential_of"] = member();
    return p;
  };

  options.push_back({fam.members.size() < 3 ? 6 : 1, [&] {
                       const auto role = static_cast<domain::MemberRole>(Below(4));
                       fam.members.push_back({NewId("m"), role});
                       return one(Ev(chain, types::kMemberAdded,
                                     {{"id", fam.members.back().id},
                                      {"name", Text()},
                                      {"role", domain::ToString(role)},
                                      {"birth_date", Date()}}));
                     }});
  const auto parents = with_role({domain::MemberRole::kParent, domain::MemberRole::kCarer});
  const auto children = with_role({domain::MemberRole::kChild});
  if (!parents.empty() && !children.empty()) {
    options.push_back(
        {2, [&] {
           boost::json::object p{{"parent_id", pick(parents)}, {"child_id", pick(children)}};
           if (Chance(70)) p["has_custody"] = Chance(70);
           return one(Ev(chain, types::kCustodySet, std::move(p)));
         }});
  }
  std::vector<std::string> free_users;
  for (std::size_t i = 0; i < m.settled_users; ++i) {
    const std::string& user = m.users[i];
    if (std::find(fam.involved.begin(), fam.involved.end(), user) == fam.involved.end()) {
      free_users.push_back(user);
    }
  }
  if (!free_users.empty()) {
    options.push_back(
        {fam.involved.empty() ? 6 : 2, [&] {
           const std::string user = pick(free_users);
           fam.involved.push_back(user);
           boost::json::object p{
               {"user_id", user},
               {"role", domain::ToString(Chance(50) ? domain::InvolvementRole::kLead
                                                    : domain::InvolvementRole::kDuo)}};
           if (Chance(50)) p["reason"] = Text();
           return one(Ev(chain, types::kInvolvementStarted, std::move(p)));
         }});
  }
  if (!fam.involved.empty()) {
    options.push_back({1, [&] {
                         const std::size_t i = Below(fam.involved.size());
                         boost::json::object p{{"user_id", fam.involved[i]}};
                         fam.involved.erase(fam.involved.begin() + static_cast<std::ptrdiff_t>(i));
                         if (Chance(50)) p["reason"] = Text();
                         return one(Ev(chain, types::kInvolvementEnded, std::move(p)));
                       }});
  }
  options.push_back({5, [&] {
                       const std::string id = NewId("ent");
                       fam.uncorrected.push_back(id);
                       return one(Ev(chain, types::kEntryAdded, entry_added(id)));
                     }});
  if (!fam.uncorrected.empty()) {
    options.push_back({1, [&] {
                         const std::size_t i = Below(fam.uncorrected.size());
                         const std::string id = NewId("ent");
                         boost::json::object p = entry_added(id);
                         p.erase("concerns");  // a correction reads for whom the old entry did
                         p.erase("confidential_of");
                         p["corrects"] = fam.uncorrected[i];
                         fam.uncorrected[i] = id;
                         return one(Ev(chain, types::kEntryCorrected, std::move(p)));
                       }});
  }
  if (!fam.uncorrected.empty() && !fam.members.empty()) {
    options.push_back(
        {2, [&] {
           fam.withholdings.push_back({NewId("wh")});
           return one(
               Ev(chain, types::kWithholdingDecided,
                  {{"id", fam.withholdings.back().id},
                   {"entry_id", pick(fam.uncorrected)},
                   {"member_id", member()},
                   {"ground", domain::ToString(static_cast<domain::WithholdingGround>(Below(4)))},
                   {"reason", Text()},
                   {"review_date", Date()}}));
         }});
    options.push_back({3, [&] {
                         const auto kind = static_cast<domain::ReactionKind>(Below(4));
                         const bool request = kind == domain::ReactionKind::kCorrectionRequest;
                         const std::string entry = pick(fam.uncorrected);
                         fam.reactions.push_back({NewId("rx"), entry, request});
                         boost::json::object p{{"id", fam.reactions.back().id},
                                               {"entry_id", entry},
                                               {"member_id", member()},
                                               {"kind", domain::ToString(kind)}};
                         if (Chance(70)) p["text"] = Text();
                         if (request || Chance(20)) p["deadline"] = Date();
                         return one(Ev(chain, types::kReactionAdded, std::move(p)));
                       }});
  }
  if (const auto open = Where(fam.withholdings, false); !open.empty()) {
    options.push_back({1, [&, open] {
                         Flagged* w = pick(open);
                         if (Chance(50)) {
                           return one(
                               Ev(chain, types::kWithholdingRenewed,
                                  {{"id", w->id}, {"review_date", Date()}, {"reason", Text()}}));
                         }
                         w->flag = true;
                         return one(Ev(chain, types::kWithholdingLifted, {{"id", w->id}}));
                       }});
  }
  if (!fam.withholdings.empty() && !fam.members.empty()) {
    options.push_back({1, [&] {
                         const std::string withholding = pick(fam.withholdings).id;
                         fam.objections.push_back({NewId("obj")});
                         return one(Ev(chain, types::kObjectionFiled,
                                       {{"id", fam.objections.back().id},
                                        {"withholding_id", withholding},
                                        {"member_id", member()},
                                        {"text", Text()}}));
                       }});
  }
  if (const auto open = Where(fam.objections, false); !open.empty()) {
    options.push_back({1, [&, open] {
                         Flagged* o = pick(open);
                         o->flag = true;
                         return one(
                             Ev(chain, types::kObjectionAnswered,
                                {{"id", o->id}, {"answer", Text()}, {"upheld", Chance(50)}}));
                       }});
  }
  std::vector<Reaction*> requests;
  for (Reaction& r : fam.reactions) {
    if (r.correction_request && !r.answered) requests.push_back(&r);
  }
  if (!requests.empty()) {
    options.push_back(
        {2, [&] {
           Reaction* r = pick(requests);
           r->answered = true;
           const bool accepted = Chance(60);
           auto it = std::find(fam.uncorrected.begin(), fam.uncorrected.end(), r->entry);
           boost::json::object p{
               {"reaction_id", r->id}, {"answer", Text()}, {"accepted", accepted}};
           if (!accepted || it == fam.uncorrected.end()) {
             return one(Ev(chain, types::kCorrectionAnswered, std::move(p)));
           }
           // Accepted: the corrected entry follows in the same append.
           const std::string id = NewId("ent");
           p["correction_entry_id"] = id;
           *it = id;
           std::vector<ledger::Event> out;
           out.push_back(Ev(chain, types::kCorrectionAnswered, std::move(p)));
           out.push_back(
               Ev(chain, types::kEntryCorrected,
                  {{"id", id}, {"corrects", r->entry}, {"kind", "fact"}, {"text", Text()}}));
           return out;
         }});
  }
  if (!fam.members.empty()) {
    options.push_back(
        {2, [&] {
           fam.accounts.push_back({NewId("acc")});
           const std::string& id = fam.accounts.back().id;
           return one(Ev(chain, types::kAccountInvited,
                         {{"id", id}, {"member_id", member()}, {"contact", id + "@example.nl"}}));
         }});
    options.push_back({1, [&] {
                         fam.consents.push_back({NewId("con")});
                         boost::json::object p{{"id", fam.consents.back().id},
                                               {"young_person_id", member()},
                                               {"member_id", member()}};
                         if (Chance(50)) p["valid_until"] = Date();
                         return one(Ev(chain, types::kConsentGiven, std::move(p)));
                       }});
  }
  if (const auto live = Where(fam.accounts, false); !live.empty()) {
    options.push_back({2, [&, live] {
                         Flagged* a = pick(live);
                         if (Chance(70)) {
                           return one(Ev(chain, types::kAccountActivated, {{"id", a->id}}));
                         }
                         a->flag = true;
                         return one(Ev(chain, types::kAccountRevoked, {{"id", a->id}}));
                       }});
  }
  if (const auto live = Where(fam.consents, false); !live.empty()) {
    options.push_back({1, [&, live] {
                         Flagged* c = pick(live);
                         c->flag = true;
                         return one(Ev(chain, types::kConsentEnded, {{"id", c->id}}));
                       }});
  }

  int total = 0;
  for (const auto& option : options) total += option.first;
  int roll = static_cast<int>(Below(static_cast<std::uint32_t>(total)));
  for (auto& option : options) {
    if (roll < option.first) return option.second();
    roll -= option.first;
  }
  return {};
}

}  // namespace stip::store::testing
