#include "cli/cli.h"

#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>

#include <CLI/CLI.hpp>

#include "app/demo.h"
#include "app/operator_log.h"
#include "cli/backup.h"
#include "cli/installation.h"
#include "cli/migrate.h"
#include "cli/operator.h"
#include "cli/serve.h"
#include "domain/time.h"

namespace stip::cli {
namespace {

void PrintError(const domain::Error& e) {
  std::fprintf(stderr, "stip: %s\n", e.message.c_str());
  for (const auto& f : e.fields) {
    std::fprintf(stderr, "  %s: %s\n", f.field.c_str(), f.message.c_str());
  }
}

struct Common {
  std::string data_dir = "var";
  std::string database;
};

void AddCommon(CLI::App* cmd, Common& common) {
  cmd->add_option("--data", common.data_dir, "Data directory (SQLite database at DIR/stip.db)")
      ->capture_default_str();
  cmd->add_option("--database", common.database,
                  "Database URL: sqlite:PATH or postgresql://USER@HOST:PORT/DB (default: "
                  "sqlite:DIR/stip.db; env STIP_DATABASE)");
}

// `existing_only`: for the commands that inspect an installation (see store::OpenOptions).
domain::Result<std::unique_ptr<Installation>> Open(const Common& common,
                                                   bool existing_only = false) {
  store::OpenOptions options;
  options.existing_only = existing_only;
  return OpenInstallation(DatabaseUrl(common.data_dir, common.database), options);
}

int Report(const domain::Error& e) {
  PrintError(e);
  return ExitCodeFor(e.code);
}

// Issue 14: which events were destroyed, when, why and on whose request (verified through the
// destruction event that lists them, not through their own hashes).
void PrintDestructions(const app::VerifyReport& report) {
  for (const auto& d : report.destructions) {
    std::string seqs;
    for (std::size_t i = 0; i < d.destroyed.size(); ++i) {
      // Runs of consecutive seqs as "1-96".
      std::size_t j = i;
      while (j + 1 < d.destroyed.size() && d.destroyed[j + 1] == d.destroyed[j] + 1) ++j;
      if (!seqs.empty()) seqs += ",";
      seqs += std::to_string(d.destroyed[i]);
      if (j > i) seqs += "-" + std::to_string(d.destroyed[j]);
      i = j;
    }
    std::printf("Destroyed: %s events %s (%zu) at %s by event %lld: %s %s, decided by %s%s%s%s\n",
                d.chain.c_str(), seqs.empty() ? "-" : seqs.c_str(), d.destroyed.size(),
                domain::FormatTimestamp(d.time).c_str(), static_cast<long long>(d.seq),
                d.scope.c_str(), d.ground.c_str(), d.decided_by.c_str(),
                d.requested_by.empty() ? "" : ", on the request of ", d.requested_by.c_str(),
                d.request_id.empty() ? "" : (" (" + d.request_id + ")").c_str());
  }
}

// Issue 14 item 4: verify's own line, written after the verification (so that it does not
// change what is reported) and before anything is printed. "" when written; otherwise why not.
std::string PutVerifyOnRecord(Installation& inst, const std::string& family, bool read_only) {
  if (read_only) return "--read-only";
  const std::string target = family.empty() ? "all families" : "family " + family;
  const app::OperatorRun run{
      .user = OperatorName(), .command = "verify", .target = target, .family_id = family};
  auto logged = app::LogOperatorRun(*inst.store, inst.clock.Now(), run);
  return logged ? std::string() : logged.error().message;
}

int RunVerify(const Common& common, const std::string& family, bool read_only) {
  if (family == app::kOperatorLog) {
    // Not a family: its lines are checked by a full run; --family would write onto it twice.
    std::fprintf(stderr,
                 "stip verify: '%s' is the operators' log, not a family file. Run stip verify "
                 "without --family to check it.\n",
                 family.c_str());
    return 2;
  }
  auto inst = Open(common, /*existing_only=*/true);
  if (!inst) return Report(inst.error());
  const auto start = std::chrono::steady_clock::now();
  auto report =
      (*inst)->app->Verify(family.empty() ? std::nullopt : std::optional<std::string>(family));
  if (!report) return Report(report.error());
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const std::string not_written = PutVerifyOnRecord(**inst, family, read_only);
  if (!not_written.empty()) {
    std::fprintf(stderr,
                 "stip verify: no line was written on the operators' access log (%s); the "
                 "verification itself is as reported.\n",
                 not_written.c_str());
  }
  if (!report->ok()) {
    std::fprintf(stderr, "stip verify: DAMAGED — %zu problem(s) found\n", report->problems.size());
    for (const auto& p : report->problems) {
      std::fprintf(stderr, "  %s, event %lld: %s — %s\n", p.chain.c_str(),
                   static_cast<long long>(p.seq), p.kind.c_str(), p.message.c_str());
    }
    std::fprintf(stderr,
                 "The ledger was changed outside Stip. Restore the last good backup and keep this "
                 "database for investigation.\n");
    return kExitDamaged;
  }
  std::printf(
      "stip verify: OK — %lld chains, %lld events and %lld access-log lines verified in %.3f s "
      "(%.0f events/s)\n",
      static_cast<long long>(report->chains), static_cast<long long>(report->events),
      static_cast<long long>(report->access_records), seconds,
      seconds > 0 ? static_cast<double>(report->events + report->access_records) / seconds : 0.0);
  std::printf("Newest global link: %lld %s (keep it outside Stip to detect a cut-off history)\n",
              static_cast<long long>(report->global_seq), report->global_hash.c_str());
  PrintDestructions(*report);
  return 0;
}

int RunRebuild(const Common& common) {
  auto inst = Open(common, /*existing_only=*/true);
  if (!inst) return Report(inst.error());
  if (int code = PutOnRecord(*(*inst)->store, "rebuild", "all families"); code != 0) return code;
  auto report = (*inst)->app->Rebuild();
  if (!report) return Report(report.error());
  if (report->identical) {
    std::printf("stip rebuild: re-folded %lld events; projections are identical.\n",
                static_cast<long long>(report->events));
    return 0;
  }
  std::fprintf(stderr,
               "stip rebuild: re-folded %lld events; these projections differed and were "
               "rebuilt from the ledger:\n",
               static_cast<long long>(report->events));
  for (const auto& table : report->diffs) std::fprintf(stderr, "  %s\n", table.c_str());
  return kExitDamaged;
}

}  // namespace

int ExitCodeFor(domain::Code code) {
  switch (code) {
    case domain::Code::kInvalidArgument:
      return 2;
    case domain::Code::kNotFound:
      return 4;
    case domain::Code::kFailedPrecondition:
      return 5;
    case domain::Code::kPermissionDenied:
    case domain::Code::kUnauthenticated:
      return 6;
    case domain::Code::kAlreadyExists:
    case domain::Code::kConflict:
      return 7;
    case domain::Code::kUnavailable:
      return 8;
    case domain::Code::kResourceExhausted:
      return 9;
    case domain::Code::kInternal:
      return 10;
  }
  return 10;
}

int Main(int argc, char** argv) {
  CLI::App cli{"Stip — het gezamenlijke gezinsdossier (shared family file)"};
  cli.require_subcommand(1);
  cli.set_version_flag("--version", "stip 0.1.0");

  Common common;
  ServeOptions serve;
  auto* serve_cmd = cli.add_subcommand("serve", "Serve the web interface and the JSON API");
  AddCommon(serve_cmd, common);
  AddServeOptions(serve_cmd, serve);

  auto* demo_cmd = cli.add_subcommand(
      "demo", "Seed a fictional demo family into an empty data directory, then serve");
  AddCommon(demo_cmd, common);
  AddServeOptions(demo_cmd, serve);

  std::string family;
  auto* verify_cmd = cli.add_subcommand("verify", "Verify every hash chain of the ledger");
  AddCommon(verify_cmd, common);
  verify_cmd->add_option("--family", family, "Verify only this family's chains");
  bool read_only = false;
  verify_cmd->add_flag("--read-only", read_only,
                       "Write no line on the operators' access log (a read-only copy)");

  auto* rebuild_cmd = cli.add_subcommand(
      "rebuild", "Re-fold all projections from the ledger and prove them identical");
  AddCommon(rebuild_cmd, common);

  std::string migrate_from, migrate_to;
  auto* migrate_cmd = cli.add_subcommand(
      "migrate",
      "Copy a whole installation to another database (e.g. SQLite to PostgreSQL), verified on "
      "arrival; safe to re-run. Stop the servers of both first.");
  migrate_cmd->add_option("--from", migrate_from, "Source database URL, e.g. sqlite:var/stip.db")
      ->required();
  migrate_cmd->add_option("--to", migrate_to, "Target database URL, e.g. postgresql://stip@db/stip")
      ->required();

  std::string backup_to;
  bool force = false;
  auto* backup_cmd = cli.add_subcommand(
      "backup",
      "Write a verified copy of the whole installation to a file, while the servers keep "
      "running (SQLite: an online copy; PostgreSQL: pg_dump in custom format)");
  AddCommon(backup_cmd, common);
  backup_cmd->add_option("--to", backup_to, "Backup file, e.g. /backup/stip-2026-11-29.db")
      ->required();
  backup_cmd->add_flag("--force", force, "Replace an existing backup file");

  std::string restore_from;
  auto* restore_cmd = cli.add_subcommand(
      "restore",
      "Restore a backup made by stip backup, then verify every chain; stop the servers of the "
      "target first");
  AddCommon(restore_cmd, common);
  restore_cmd->add_option("--from", restore_from, "Backup file made by stip backup")->required();
  restore_cmd->add_flag("--force", force,
                        "Replace the installation the target already holds with the backup");

  auto* org_cmd = cli.add_subcommand("org", "Organisations");
  org_cmd->require_subcommand(1);
  std::string org_name;
  auto* org_add = org_cmd->add_subcommand("add", "Add an organisation; prints its id");
  AddCommon(org_add, common);
  org_add->add_option("--name", org_name, "Name, e.g. 'Gemeente Lindewaard'")->required();

  auto* team_cmd = cli.add_subcommand("team", "Teams");
  team_cmd->require_subcommand(1);
  domain::Team team;
  std::string team_kind = "local";
  auto* team_add = team_cmd->add_subcommand("add", "Add a team; prints its id");
  AddCommon(team_add, common);
  team_add->add_option("--org", team.organisation_id, "Organisation id")->required();
  team_add->add_option("--name", team.name, "Team name")->required();
  team_add->add_option("--kind", team_kind, "local or regional_safety")
      ->check(CLI::IsMember({"local", "regional_safety"}))
      ->capture_default_str();
  team_add->add_option("--phone", team.phone, "Phone number families can call");
  team_add->add_option("--email", team.email, "E-mail address families can write to");
  // Issue 14 item 1: as on /beheer and POST /api/v1/teams/{id}/name (team.renamed).
  std::string rename_team_id, new_team_name;
  auto* team_rename = team_cmd->add_subcommand(
      "rename", "Give a team another name (unique within its organisation)");
  AddCommon(team_rename, common);
  team_rename->add_option("--team", rename_team_id, "Team id")->required();
  team_rename->add_option("--name", new_team_name, "The new name")->required();

  auto* user_cmd = cli.add_subcommand("user", "Professional accounts");
  user_cmd->require_subcommand(1);
  app::NewUser user;
  auto* user_add = user_cmd->add_subcommand(
      "add", "Add a professional account; the password is read from standard input");
  AddCommon(user_add, common);
  user_add->add_option("--username", user.username, "Login name")->required();
  user_add->add_option("--name", user.display_name, "Full name as families see it")->required();
  user_add->add_option("--team", user.team_id, "Team id")->required();
  user_add->add_option("--phone", user.phone, "Phone number");
  user_add->add_option("--email", user.email, "E-mail address");
  user_add->add_flag("--admin", user.admin, "Administrator (accounts and teams; no family files)");
  auto* user_list = user_cmd->add_subcommand("list", "List professional accounts");
  AddCommon(user_list, common);
  // Issue 14: the life cycle of an account, and of API tokens.
  std::string user_id, reason, new_team, token_id;
  auto* user_disable = user_cmd->add_subcommand(
      "disable", "Disable an account: no login; its sessions end and its tokens are revoked");
  AddCommon(user_disable, common);
  user_disable->add_option("--user", user_id, "User id (see stip user list)")->required();
  user_disable->add_option("--reason", reason, "Why, for the ledger")->required();
  auto* user_enable = user_cmd->add_subcommand("enable", "Enable a disabled account again");
  AddCommon(user_enable, common);
  user_enable->add_option("--user", user_id, "User id")->required();
  user_enable->add_option("--reason", reason, "Why, for the ledger")->required();
  auto* user_team = user_cmd->add_subcommand("team", "Move a professional to another team");
  AddCommon(user_team, common);
  user_team->add_option("--user", user_id, "User id")->required();
  user_team->add_option("--team", new_team, "Team id")->required();
  // Issue 10 item 8: the digest once, for cron (the server also sends them on a schedule).
  auto* digest_cmd = cli.add_subcommand("digest", "The mail digest of \"Mijn werk\"");
  digest_cmd->require_subcommand(1);
  auto* digest_send = digest_cmd->add_subcommand(
      "send", "Mail every professional whose digest is due now (counts and links only)");
  AddCommon(digest_send, common);
  AddServeOptions(digest_send, serve);
  auto* token_cmd = cli.add_subcommand("token", "API tokens");
  token_cmd->require_subcommand(1);
  auto* token_list = token_cmd->add_subcommand("list", "List a user's API tokens (no secrets)");
  AddCommon(token_list, common);
  token_list->add_option("--user", user_id, "User id")->required();
  auto* token_revoke =
      token_cmd->add_subcommand("revoke", "Revoke an API token; it stops working at once");
  AddCommon(token_revoke, common);
  token_revoke->add_option("id", token_id, "Token id (tok_...)")->required();

  // Issue 14 item 3: retention and destruction.
  auto* retention_cmd = cli.add_subcommand("retention", "Retention and destruction of files");
  retention_cmd->require_subcommand(1);
  bool dry_run = false;
  std::string actor, ground = "request_granted", requested_by, request_id;
  auto* retention_run = retention_cmd->add_subcommand(
      "run", "Destroy every file whose retention term ended and that is not on legal hold");
  AddCommon(retention_run, common);
  retention_run->add_flag("--dry-run", dry_run, "Only list what is due; change nothing");
  retention_run->add_option("--actor", actor, "Who runs it (default: the OS user)");
  auto* retention_destroy = retention_cmd->add_subcommand(
      "destroy", "Destroy one whole file now (a granted request); refused while on legal hold");
  AddCommon(retention_destroy, common);
  retention_destroy->add_option("--family", family, "Family id (fam_...)")->required();
  retention_destroy->add_option("--ground", ground, "request_granted or retention_ended")
      ->check(CLI::IsMember({"request_granted", "retention_ended"}))
      ->capture_default_str();
  retention_destroy->add_option("--requested-by", requested_by, "Who asked (member or user id)");
  retention_destroy->add_option("--request-id", request_id,
                                "The request's id (vnr_...); required with request_granted");
  retention_destroy->add_option("--actor", actor, "Who decided (default: the OS user)");

  try {
    cli.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return cli.exit(e);
  }

  serve.outbox_dir = (common.data_dir.empty() ? std::string("var") : common.data_dir) + "/outbox";
  if (*serve_cmd) return RunServe(DatabaseUrl(common.data_dir, common.database), serve, false);
  if (*demo_cmd) return RunServe(DatabaseUrl(common.data_dir, common.database), serve, true);
  if (*digest_send) return RunDigestSend(DatabaseUrl(common.data_dir, common.database), serve);
  if (*verify_cmd) return RunVerify(common, family, read_only);
  if (*rebuild_cmd) return RunRebuild(common);
  if (*migrate_cmd) return RunMigrate(migrate_from, migrate_to);
  if (*backup_cmd) {
    return RunBackup(DatabaseUrl(common.data_dir, common.database), backup_to, force);
  }
  if (*restore_cmd) {
    return RunRestore(restore_from, DatabaseUrl(common.data_dir, common.database), force);
  }

  // A retention run inspects an installation: a mistyped --data must not create one.
  auto inst = Open(common, /*existing_only=*/*retention_run || *retention_destroy);
  if (!inst) return Report(inst.error());
  app::Stip& stip = *(*inst)->app;
  const app::Principal console = stip.CliPrincipal();
  if (*retention_run || *retention_destroy) {
    const std::string who = actor.empty() ? OperatorName() : actor;
    const std::string decided = actor.empty() ? "" : "; decided by " + actor;
    if (*retention_destroy) {
      const app::DestroyOrder order{.ground = ground,
                                    .decided_by = who,
                                    .requested_by = requested_by,
                                    .request_id = request_id};
      // Checked first, so that the line on the record is written only for a destruction that
      // may go ahead (the same checks run again in the transaction that destroys).
      if (auto ok = stip.CheckDestroy(family, order); !ok) return Report(ok.error());
      if (int code =
              PutOnRecord(*(*inst)->store, "retention_destroy",
                          "family " + family + "; ground " + ground +
                              (request_id.empty() ? "" : "; request " + request_id) + decided,
                          family);
          code != 0) {
        return code;
      }
      auto done = stip.DestroyFile(family, order);
      if (!done) return Report(done.error());
      std::printf("stip retention destroy: %s destroyed (%lld events, event %lld)\n",
                  done->family_id.c_str(), static_cast<long long>(done->events),
                  static_cast<long long>(done->seq));
      return 0;
    }
    if (int code =
            PutOnRecord(*(*inst)->store, "retention_run",
                        std::string("all families") + (dry_run ? "; dry run" : "") + decided);
        code != 0) {
      return code;
    }
    auto run = stip.RunRetention(dry_run, who);
    if (!run) return Report(run.error());
    int failed = 0;
    for (const auto& f : run->due) {
      const char* what = f.held        ? "due, on legal hold: kept"
                         : f.destroyed ? "destroyed"
                         : dry_run     ? "due: would be destroyed"
                                       : "due, NOT destroyed";
      std::printf("%s: %s (%s since %s, %s)%s%s\n", f.family_id.c_str(), what,
                  std::string(domain::ToString(f.retention.regime)).c_str(),
                  domain::FormatDate(f.retention.destroy_from).c_str(), f.retention.reason.c_str(),
                  f.problem.empty() ? "" : ": ", f.problem.c_str());
      if (!f.problem.empty()) ++failed;
    }
    std::printf("stip retention run%s: %lld files checked, %zu due, by %s\n",
                dry_run ? " (dry run)" : "", static_cast<long long>(run->checked), run->due.size(),
                who.c_str());
    return failed == 0 ? 0 : ExitCodeFor(domain::Code::kUnavailable);
  }
  if (*org_add) {
    auto id = stip.CreateOrganisation(console, org_name);
    if (!id) return Report(id.error());
    std::printf("%s\n", id->c_str());
    return 0;
  }
  if (*team_add) {
    team.kind = *domain::ParseTeamKind(team_kind);
    auto id = stip.CreateTeam(console, team);
    if (!id) return Report(id.error());
    std::printf("%s\n", id->c_str());
    return 0;
  }
  if (*team_rename) {
    if (auto done = stip.RenameTeam(console, rename_team_id, new_team_name); !done) {
      return Report(done.error());
    }
    return 0;
  }
  if (*user_add) {
    if (!std::getline(std::cin, user.password)) {
      return Report(
          domain::Error::Invalid("Give the password on standard input, e.g. `read -s PW; echo "
                                 "\"$PW\" | stip user add ...`."));
    }
    auto id = stip.CreateUser(console, user);
    if (!id) return Report(id.error());
    std::printf("%s\n", id->c_str());
    return 0;
  }
  if (*user_disable || *user_enable) {
    auto done = *user_disable ? stip.DisableUser(console, user_id, reason)
                              : stip.EnableUser(console, user_id, reason);
    if (!done) return Report(done.error());
    return 0;
  }
  if (*user_team) {
    if (auto done = stip.ChangeTeam(console, user_id, new_team); !done) {
      return Report(done.error());
    }
    return 0;
  }
  if (*token_list) {
    auto tokens = stip.ListTokens(console, user_id);
    if (!tokens) return Report(tokens.error());
    for (const auto& t : *tokens) {
      std::printf("%s\t%s\t%s\t%s\t%s\n", t.id.c_str(), t.state.c_str(),
                  domain::FormatTimestamp(t.issued_at).c_str(),
                  domain::FormatTimestamp(t.expires_at).c_str(), t.name.c_str());
    }
    return 0;
  }
  if (*token_revoke) {
    if (auto done = stip.RevokeToken(console, token_id); !done) return Report(done.error());
    return 0;
  }
  if (*user_list) {
    auto pros = stip.ListProfessionals(console);
    if (!pros) return Report(pros.error());
    for (const auto& p : *pros) {
      std::printf("%s\t%s\t%s\t%s%s%s\n", p.user.id.c_str(), p.user.username.c_str(),
                  p.user.display_name.c_str(), p.team ? p.team->name.c_str() : "-",
                  p.user.admin ? "\tadmin" : "", p.user.disabled ? "\tdisabled" : "");
    }
    return 0;
  }
  return 0;
}

}  // namespace stip::cli
