// stip_gen: bulk-loads N fictional households with realistic event counts into a data directory,
// plus the benchmark accounts, through the real store (Store::Commit, durable=false) and app.
//
// What it writes (all data invented, from small lists below):
//   * organisations, local teams and regional safety teams; a pool of professionals (one lead per
//     ~25 families, one safety-team professional per ~100) written straight onto the system
//     chain (user.created, no password: they cannot log in);
//   * two benchmark accounts created through app::Stip::CreateUser, with a known password:
//     bench.regisseur (lead, local team) and bench.veiligheid (duo, regional safety team);
//   * N households of 2-6 members (at least one child), custody per parent-child pair, a lead
//     and sometimes a duo, 5-60 entries (skewed towards few), some access-log lines. Every entry
//     is its own append (as app::Stip::AddEntry does), so the global chain is as long as in use.
//   * the "bench families" (--bench-families, spread evenly over the data set) have
//     bench.regisseur as lead, bench.veiligheid as duo in about half of them, and at least
//     --bench-min-entries entries so that an overview page (50 entries) is always full. Their ids
//     are written to --ids-out, one per line, for the load scripts.
//
// BULK LOAD: the store is opened with OpenOptions::durable=false (synchronous=NORMAL, no fsync
// per commit) and many households go into one Commit. That is fine for a benchmark data set and
// wrong for real data. The ledger it leaves behind is complete and verifies (stip verify).
// Two further speed-ups are opt-in because they make the data less like real use:
// --ordered-ids (ids count up: B-tree appends, about 2x faster) and --coarse (one append per
// household, so a much shorter global chain). For 1,000,000 households on PostgreSQL:
// --max-entries caps the entries of the households outside the bench families, and --writers
// commits batches of different households over several connections at the same time.
#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <future>
#include <optional>
#include <random>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <sqlite3.h>
#include <CLI/CLI.hpp>

#include "app/events.h"
#include "app/stip.h"
#include "app/system.h"
#include "domain/rules.h"
#include "store/open.h"

namespace {

namespace app = stip::app;
namespace domain = stip::domain;
namespace events = stip::ledger::events;
namespace ledger = stip::ledger;
namespace store = stip::store;
using Clock = std::chrono::steady_clock;

constexpr domain::Millis kDay = 86400000;

// --- small invented lists -------------------------------------------------------------------

constexpr std::array<std::string_view, 24> kFirstNames = {
    "Noor",  "Daan",  "Lotte", "Mees", "Sem",  "Fenna", "Jip",   "Isa",
    "Ravi",  "Yara",  "Milan", "Saar", "Bram", "Liv",   "Otis",  "Nora",
    "Ilias", "Fleur", "Teun",  "Amir", "Roos", "Wout",  "Selma", "Joris"};
constexpr std::array<std::string_view, 12> kNameStarts = {"Wolder", "Brem",  "Linde", "Oost",
                                                          "Hazel",  "Kreuk", "Molen", "Dijk",
                                                          "Varen",  "Zand",  "Beuk",  "Riet"};
constexpr std::array<std::string_view, 8> kNameEnds = {"kamp",  "stra", "ink", "man",
                                                       "horst", "veld", "ema", "hof"};
constexpr std::array<std::string_view, 5> kKinds = {"fact", "observation", "opinion", "agreement",
                                                    "conversation_report"};
constexpr std::array<std::string_view, 9> kSources = {
    "huisbezoek",        "school",          "gesprek met moeder",
    "gesprek met vader", "gezinsgesprek",   "eigen inschatting",
    "huisarts",          "telefoongesprek", "overleg met het netwerk"};
// Plain Dutch sentences (B1); {n} is replaced by a member's first name.
constexpr std::array<std::string_view, 20> kSentences = {
    "{n} vertelde dat het thuis de laatste weken rustiger is.",
    "We spraken over wat er goed gaat en wat beter kan.",
    "{n} komt vaker te laat op school en lijkt moe.",
    "De afspraak over het ophalen na school werkt goed.",
    "{n} wil graag zelf meedenken over de volgende stap.",
    "Er zijn zorgen over geld; de schuldhulp van de gemeente is gebeld.",
    "Opa en oma helpen twee middagen per week met de kinderen.",
    "{n} liet trots een tekening zien en vertelde erover.",
    "Het gesprek verliep rustig; iedereen kon zijn verhaal doen.",
    "We maken een nieuwe afspraak over bedtijden in het weekend.",
    "{n} vindt het spannend als er thuis ruzie is.",
    "De mentor van school belt voortaan eens per maand.",
    "{n} heeft een bijbaan en helpt thuis veel mee.",
    "Ik maak me minder zorgen dan bij het vorige gesprek.",
    "Het gezin wil eerst zelf een plan maken met het netwerk.",
    "{n} slaapt slecht en wil met iemand buiten school praten.",
    "De buurvrouw is bereid om in noodgevallen op te vangen.",
    "We bespreken over zes weken samen hoe het gaat.",
    "{n} gaf aan dat de afspraken duidelijk zijn.",
    "Er is contact gelegd met de huisarts over de slaapproblemen."};

// --- options and counters -------------------------------------------------------------------

struct Options {
  std::string data_dir;
  std::string database;  // a database URL instead of data_dir (PostgreSQL)
  int households = 1000;
  int bench_families = 1000;
  int bench_min_entries = 55;
  int max_entries = 60;  // cap for the other households (the bench families keep theirs)
  std::string password = "bench-wachtwoord";
  std::string ids_out;
  int batch_households = 500;
  std::uint64_t seed = 20261129;
  bool ordered_ids = false;
  bool coarse = false;
  int writers = 1;  // concurrent store connections (PostgreSQL only)
};

struct Totals {
  std::int64_t households = 0;
  std::int64_t events = 0;
  std::int64_t appends = 0;
  std::int64_t access = 0;
};

struct People {
  std::string bench_lead;
  std::string bench_duo;
  std::vector<std::string> leads;  // pool, local teams
  std::vector<std::string> duos;   // pool, regional safety teams
};

// One batch of households ready for Store::Commit.
struct Batch {
  store::CommitBatch commit;
  Totals totals;
  std::vector<std::string> bench_ids;
};

// Bulk-load tuning of this process only (the store's own settings stay untouched): every
// SQLite connection opened here gets a 512 MiB page cache, so that a large batch does not spill
// dirty pages into the WAL again and again before it commits (that multiplied the bytes written
// by ~40 with the default 2 MB cache).
int BulkLoadPragmas(sqlite3* db, const char** /*error*/, const sqlite3_api_routines* /*api*/) {
  return sqlite3_exec(db, "PRAGMA cache_size=-524288; PRAGMA temp_store=MEMORY;", nullptr, nullptr,
                      nullptr);
}

[[noreturn]] void Die(const std::string& what, const domain::Error& e) {
  std::fprintf(stderr, "stip_gen: %s: %s\n", what.c_str(), e.message.c_str());
  for (const auto& f : e.fields) {
    std::fprintf(stderr, "  %s: %s\n", f.field.c_str(), f.message.c_str());
  }
  std::exit(1);
}

std::string Pick(std::mt19937_64& rng, std::span<const std::string_view> list) {
  return std::string(list[std::uniform_int_distribution<std::size_t>(0, list.size() - 1)(rng)]);
}

std::string FamilyName(std::mt19937_64& rng) {
  return Pick(rng, kNameStarts) + Pick(rng, kNameEnds);
}

// Ids in Stip's format (prefix + "_" + 20 characters of Crockford base32) whose first 10
// characters count up, so that a bulk load appends at the right edge of every B-tree instead of
// scattering over it (--ordered-ids). The other 10 characters are random.
class OrderedIds {
 public:
  explicit OrderedIds(std::uint64_t seed) : rng_(seed) {}
  std::string NewId(std::string_view prefix) {
    static constexpr char kAlphabet[] = "0123456789abcdefghjkmnpqrstvwxyz";
    std::string id(prefix);
    id += '_';
    const std::uint64_t n = ++counter_;
    for (int shift = 45; shift >= 0; shift -= 5) id += kAlphabet[(n >> shift) & 31];
    std::uint64_t r = rng_();
    for (int i = 0; i < 10; ++i, r >>= 5) id += kAlphabet[r & 31];
    return id;
  }

 private:
  std::uint64_t counter_ = 0;
  std::mt19937_64 rng_;
};

// --- the household builder --------------------------------------------------------------------

class Builder {
 public:
  Builder(const Options& options, const People& people, domain::Millis now)
      : options_(options),
        people_(people),
        now_(now),
        rng_(options.seed),
        ordered_ids_(options.seed + 1) {
    stride_ = options.bench_families > 0
                  ? std::max(1, options.households / std::max(1, options.bench_families))
                  : 0;
  }

  // Households [first, last) as one commit batch.
  Batch Build(int first, int last) {
    Batch batch;
    for (int i = first; i < last; ++i) AddHousehold(i, batch);
    return batch;
  }

 private:
  bool IsBench(int index) const {
    return stride_ > 0 && index % stride_ == 0 && index / stride_ < options_.bench_families;
  }

  int Uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }
  double Unit() { return std::uniform_real_distribution<double>(0.0, 1.0)(rng_); }

  std::string BornYearsAgo(int years) {
    const domain::Millis days = static_cast<domain::Millis>(years) * 365 + Uniform(0, 364);
    return domain::FormatDate(domain::DateOf(now_ - days * kDay));
  }

  std::string EntryText(const std::vector<std::string>& first_names) {
    const int sentences = 1 + static_cast<int>(std::floor(6.0 * std::pow(Unit(), 1.5)));
    std::string text;
    for (int s = 0; s < sentences; ++s) {
      std::string sentence = Pick(rng_, kSentences);
      if (auto at = sentence.find("{n}"); at != std::string::npos) {
        sentence.replace(at, 3, first_names[Uniform(0, static_cast<int>(first_names.size()) - 1)]);
      }
      if (!text.empty()) text += ' ';
      text += sentence;
    }
    return text;
  }

  void AddHousehold(int index, Batch& batch) {
    const bool bench = IsBench(index);
    const std::string family_id = NewId("fam");
    const std::string surname = FamilyName(rng_);

    // Members: 1-2 adults, children to make 2-6 in total, at least one child.
    const int size = Uniform(2, 6);
    const int adults = size == 2 ? 1 : Uniform(1, 2);
    std::vector<domain::Member> members;
    std::vector<std::string> first_names;
    std::vector<std::string> birth;
    for (int m = 0; m < size; ++m) {
      domain::Member member;
      member.id = NewId("mem");
      const std::string first = Pick(rng_, kFirstNames);
      first_names.push_back(first);
      member.name = first + " " + surname;
      std::string born;
      if (m < adults) {
        member.role = Unit() < 0.9 ? domain::MemberRole::kParent : domain::MemberRole::kCarer;
        born = BornYearsAgo(Uniform(22, 58));
      } else {
        member.role = domain::MemberRole::kChild;
        born = BornYearsAgo(Uniform(0, 17));
      }
      member.birth_date = *domain::ParseDate(born);
      birth.push_back(std::move(born));
      members.push_back(std::move(member));
    }
    std::vector<domain::Custody> custody;
    for (int a = 0; a < adults; ++a) {
      for (int c = adults; c < size; ++c) {
        // Now and then a parent without custody (gezag), as after some divorces.
        custody.push_back({members[a].id, members[c].id, a == 0 || Unit() < 0.7});
      }
    }
    const std::string name = "Gezin " + surname;
    if (auto errors = domain::CheckHousehold(name, members, custody, domain::DateOf(now_));
        !errors.empty()) {
      std::fprintf(stderr, "stip_gen: generated an invalid household (%s: %s)\n",
                   errors[0].field.c_str(), errors[0].message.c_str());
      std::exit(1);
    }

    const std::string lead =
        bench ? people_.bench_lead
              : people_.leads[static_cast<std::size_t>(index) % people_.leads.size()];
    std::string duo;
    if (bench ? Unit() < 0.5 : Unit() < 0.35) {
      duo = bench ? people_.bench_duo
                  : people_.duos[static_cast<std::size_t>(
                        Uniform(0, static_cast<int>(people_.duos.size()) - 1))];
    }

    // The file opened between 3 years and 30 days ago; entries follow in time order.
    const domain::Millis opened = now_ - static_cast<domain::Millis>(Uniform(30, 3 * 365)) * kDay;
    store::AppendRequest create{family_id, 0, {}};
    const auto add = [&](const auto& event) {
      create.events.push_back(app::MakeEvent(family_id, lead, opened, event));
    };
    add(events::FamilyCreated{.name = name});
    for (std::size_t m = 0; m < members.size(); ++m) {
      add(events::MemberAdded{.id = members[m].id,
                              .name = members[m].name,
                              .role = std::string(domain::ToString(members[m].role)),
                              .birth_date = birth[m]});
    }
    for (const auto& c : custody) {
      add(events::CustodySet{
          .parent_id = c.parent_id, .child_id = c.child_id, .has_custody = c.has_custody});
    }
    add(events::InvolvementStarted{.user_id = lead, .role = "lead", .reason = "dossier geopend"});
    if (!duo.empty()) {
      add(events::InvolvementStarted{.user_id = duo, .role = "duo", .reason = "dossier geopend"});
    }
    std::int64_t seq = static_cast<std::int64_t>(create.events.size());
    batch.totals.events += seq;
    std::size_t create_at = batch.commit.appends.size();
    batch.commit.appends.push_back(std::move(create));

    // 5-60 entries, skewed towards few (median ~15); bench families at least the minimum.
    int entries = 5 + static_cast<int>(std::floor(56.0 * std::pow(Unit(), 2.5)));
    entries = std::min(entries, std::min(60, options_.max_entries));
    if (bench)
      entries = std::max(
          entries, Uniform(options_.bench_min_entries, std::max(options_.bench_min_entries, 60)));
    const domain::Millis span = std::max<domain::Millis>(now_ - kDay - opened, 1);
    for (int e = 0; e < entries; ++e) {
      const domain::Millis at = opened + span * (e + 1) / (entries + 1);
      const std::string& author = (!duo.empty() && Unit() < 0.3) ? duo : lead;
      ledger::Event event = app::MakeEvent(family_id, author, at,
                                           events::EntryAdded{.id = NewId("ent"),
                                                              .kind = Pick(rng_, kKinds),
                                                              .source = Pick(rng_, kSources),
                                                              .text = EntryText(first_names)});
      ++batch.totals.events;
      if (options_.coarse) {
        batch.commit.appends[create_at].events.push_back(std::move(event));
        continue;
      }
      store::AppendRequest append{family_id, seq, {}};
      append.events.push_back(std::move(event));
      ++seq;
      ++batch.totals.appends;
      batch.commit.appends.push_back(std::move(append));
    }
    ++batch.totals.appends;

    // Some access-log lines: the file was read now and then by its professionals.
    const int reads = Uniform(0, std::max(1, entries / 2));
    for (int r = 0; r < reads; ++r) {
      domain::AccessRecord line;
      line.family_id = family_id;
      line.time = opened + span * (r + 1) / (reads + 1);
      const bool by_duo = !duo.empty() && Unit() < 0.3;
      line.user_id = by_duo ? duo : lead;
      line.role = by_duo ? "duo" : "lead";
      line.what = Unit() < 0.9 ? "family_overview" : "access_log";
      line.purpose = "hulpverlening";
      batch.commit.access.push_back(std::move(line));
    }
    batch.totals.access += reads;
    ++batch.totals.households;
    if (bench) batch.bench_ids.push_back(family_id);
  }

  std::string NewId(std::string_view prefix) {
    return options_.ordered_ids ? ordered_ids_.NewId(prefix) : random_ids_.NewId(prefix);
  }

  const Options& options_;
  const People& people_;
  domain::Millis now_;
  std::mt19937_64 rng_;
  app::RandomIdGen random_ids_;
  OrderedIds ordered_ids_;
  int stride_ = 0;
};

// --- organisations, teams and people ----------------------------------------------------------

People CreatePeople(const Options& options, app::Stip& stip, store::Store& db,
                    app::RandomIdGen& ids, domain::Millis now) {
  const app::Principal admin = stip.CliPrincipal();
  auto org = stip.CreateOrganisation(admin, "Gemeente Wolderkamp");
  if (!org) Die("organisation", org.error());
  auto safety_org = stip.CreateOrganisation(admin, "Regio Wolderkamp-Zuid");
  if (!safety_org) Die("organisation", safety_org.error());

  const int local_teams = std::max(1, options.households / 2000);
  const int safety_teams = std::max(1, options.households / 20000);
  std::vector<std::string> local, safety;
  for (int t = 0; t < local_teams; ++t) {
    auto id = stip.CreateTeam(
        admin, {"", *org, "Wijkteam Wolderkamp " + std::to_string(t + 1), domain::TeamKind::kLocal,
                "0599 100 000", "wijkteam@wolderkamp.example"});
    if (!id) Die("team", id.error());
    local.push_back(*id);
  }
  for (int t = 0; t < safety_teams; ++t) {
    auto id = stip.CreateTeam(
        admin, {"", *safety_org, "Regionaal Veiligheidsteam " + std::to_string(t + 1),
                domain::TeamKind::kRegionalSafety, "0599 200 000", "rvt@wolderkamp.example"});
    if (!id) Die("team", id.error());
    safety.push_back(*id);
  }

  // The two accounts the load scripts log in with (argon2id, through the app).
  People people;
  auto lead =
      stip.CreateUser(admin, {"bench.regisseur", "Sanne Woldervink", local[0], options.password,
                              false, "06 1000 0001", "regisseur@wolderkamp.example"});
  if (!lead) Die("user bench.regisseur", lead.error());
  auto duo =
      stip.CreateUser(admin, {"bench.veiligheid", "Youssef Brem", safety[0], options.password,
                              false, "06 1000 0002", "veiligheid@wolderkamp.example"});
  if (!duo) Die("user bench.veiligheid", duo.error());
  people.bench_lead = *lead;
  people.bench_duo = *duo;

  // The pool: straight onto the system chain in one append (hashing thousands of passwords
  // would take minutes). These accounts have no password and cannot log in.
  const int lead_count = std::max(1, options.households / 25);
  const int duo_count = std::max(1, options.households / 100);
  auto head = db.Head(std::string(ledger::kSystemChain));
  if (!head) Die("system chain head", head.error());
  store::AppendRequest pool{std::string(ledger::kSystemChain), head->seq, {}};
  const auto add_user = [&](int n, bool is_duo) {
    const std::string id = ids.NewId("usr");
    const std::string username = (is_duo ? "rvt." : "wijk.") + std::to_string(n);
    std::mt19937_64 rng(static_cast<std::uint64_t>(n) * 2 + (is_duo ? 1 : 0));
    const std::string team = is_duo ? safety[static_cast<std::size_t>(n) % safety.size()]
                                    : local[static_cast<std::size_t>(n) % local.size()];
    pool.events.push_back(app::MakeEvent(
        pool.chain, "system", now,
        events::UserCreated{.id = id,
                            .username = username,
                            .display_name = Pick(rng, kFirstNames) + " " + FamilyName(rng),
                            .team_id = team,
                            .phone = "06 2000 " + std::to_string(1000 + n % 9000),
                            .email = username + "@wolderkamp.example",
                            .admin = false}));
    (is_duo ? people.duos : people.leads).push_back(id);
  };
  for (int n = 0; n < lead_count; ++n) add_user(n, false);
  for (int n = 0; n < duo_count; ++n) add_user(n, true);
  store::CommitBatch batch;
  batch.appends.push_back(std::move(pool));
  auto result = db.Commit(batch);
  if (!result) Die("professionals", result.error());
  if (!result->appends[0]) Die("professionals", result->appends[0].error());
  return people;
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  CLI::App cli{
      "stip_gen — bulk-load fictional households for benchmarks (durable=false: not for real "
      "data)"};
  auto* data_opt =
      cli.add_option("--data", options.data_dir, "Data directory (SQLite database at DIR/stip.db)");
  cli.add_option("--database", options.database,
                 "Database URL instead of --data, e.g. postgresql://postgres@127.0.0.1:5432/stip")
      ->excludes(data_opt);
  cli.add_option("--households", options.households, "Households to generate")
      ->check(CLI::Range(1, 10000000))
      ->capture_default_str();
  cli.add_option("--bench-families", options.bench_families,
                 "Households led by bench.regisseur (spread over the data set)")
      ->check(CLI::Range(0, 10000000))
      ->capture_default_str();
  cli.add_option("--bench-min-entries", options.bench_min_entries,
                 "Entries at least in each bench family (50 fills one overview page)")
      ->check(CLI::Range(0, 60))
      ->capture_default_str();
  cli.add_option("--max-entries", options.max_entries,
                 "Entries at most in each household that is not a bench family (the bench "
                 "families keep 55-60): a smaller data set per household, for very large loads")
      ->check(CLI::Range(0, 60))
      ->capture_default_str();
  cli.add_option("--password", options.password, "Password of bench.regisseur and bench.veiligheid")
      ->capture_default_str();
  cli.add_option("--ids-out", options.ids_out, "Write the bench family ids here, one per line");
  cli.add_option("--batch", options.batch_households, "Households per store transaction")
      ->check(CLI::Range(1, 100000))
      ->capture_default_str();
  cli.add_option("--writers", options.writers,
                 "Store connections committing batches at the same time (PostgreSQL only)")
      ->check(CLI::Range(1, 16))
      ->capture_default_str();
  cli.add_option("--seed", options.seed, "Random seed for the generated content")
      ->capture_default_str();
  cli.add_flag("--ordered-ids", options.ordered_ids,
               "Ids that count up (still Stip's format): B-tree appends instead of scattered "
               "inserts; faster, but a denser layout than real random ids");
  cli.add_flag("--coarse", options.coarse,
               "One append per household instead of one per entry (as AddEntry does): faster, "
               "but a global chain ~25x shorter than in real use");
  try {
    cli.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return cli.exit(e);
  }
  options.bench_families = std::min(options.bench_families, options.households);

  sqlite3_auto_extension(reinterpret_cast<void (*)(void)>(&BulkLoadPragmas));
  store::OpenOptions open_options;
  open_options.durable = false;  // bulk load: no fsync per commit
  if (options.database.empty() && options.data_dir.empty()) {
    std::fprintf(stderr, "stip_gen: give --data DIR or --database URL\n");
    return 2;
  }
  const std::string url =
      options.database.empty() ? "sqlite:" + options.data_dir + "/stip.db" : options.database;
  if (options.writers > 1 && url.rfind("sqlite:", 0) == 0) {
    std::fprintf(stderr, "stip_gen: --writers needs --database with a PostgreSQL URL\n");
    return 2;
  }
  auto opened = store::Open(url, open_options);
  if (!opened) Die("open", opened.error());
  std::unique_ptr<store::Store> db = std::move(*opened);
  auto existing = db->CountFamilies();
  if (!existing) Die("count", existing.error());
  if (*existing > 0) {
    std::fprintf(stderr, "stip_gen: %s already holds %lld families; use an empty database.\n",
                 url.c_str(), static_cast<long long>(*existing));
    return 1;
  }

  const auto start = Clock::now();
  app::SystemClock clock;
  app::RandomIdGen ids;
  const domain::Millis now = clock.Now();
  People people;
  {
    app::Stip stip(*db, clock, ids);
    people = CreatePeople(options, stip, *db, ids, now);
  }
  const double setup_seconds = std::chrono::duration<double>(Clock::now() - start).count();

  std::ofstream ids_out;
  if (!options.ids_out.empty()) {
    ids_out.open(options.ids_out);
    if (!ids_out) {
      std::fprintf(stderr, "stip_gen: cannot write %s\n", options.ids_out.c_str());
      return 1;
    }
  }

  // More writers (PostgreSQL only): each its own store and connection, committing its own
  // batch of different households at the same time; they meet only at the global chain head.
  std::vector<std::unique_ptr<store::Store>> writers;
  writers.push_back(std::move(db));
  for (int w = 1; w < options.writers; ++w) {
    auto another = store::Open(url, open_options);
    if (!another) Die("open writer", another.error());
    writers.push_back(std::move(*another));
  }

  // Build the next round of batches on another core while this one commits.
  Builder builder(options, people, now);
  const auto load_start = Clock::now();
  Totals totals;
  const int n = options.households;
  const int step = options.batch_households;
  const int round = step * options.writers;
  const auto build_round = [&builder, step, n, &options](int first) {
    std::vector<Batch> batches;
    for (int w = 0; w < options.writers && first + w * step < n; ++w) {
      batches.push_back(builder.Build(first + w * step, std::min(first + (w + 1) * step, n)));
    }
    return batches;
  };
  std::future<std::vector<Batch>> next = std::async(std::launch::async, build_round, 0);
  int reported = 0;
  for (int first = 0; first < n; first += round) {
    std::vector<Batch> batches = next.get();
    if (first + round < n) next = std::async(std::launch::async, build_round, first + round);
    std::vector<std::future<stip::domain::Result<store::CommitResult>>> commits;
    for (std::size_t w = 0; w < batches.size(); ++w) {
      commits.push_back(std::async(std::launch::async, [&writers, &batches, w] {
        return writers[w]->Commit(batches[w].commit);
      }));
    }
    for (std::size_t w = 0; w < batches.size(); ++w) {
      const Batch& batch = batches[w];
      auto result = commits[w].get();
      if (!result) Die("commit", result.error());
      for (const auto& r : result->appends) {
        if (!r) Die("append", r.error());
      }
      for (const auto& r : result->access) {
        if (!r) Die("access log", r.error());
      }
      totals.households += batch.totals.households;
      totals.events += batch.totals.events;
      totals.appends += batch.totals.appends;
      totals.access += batch.totals.access;
      for (const auto& id : batch.bench_ids) ids_out << id << '\n';
    }
    const int percent = static_cast<int>(100LL * totals.households / n);
    if (percent / 10 > reported / 10) {
      reported = percent;
      const double s = std::chrono::duration<double>(Clock::now() - load_start).count();
      std::fprintf(stderr, "stip_gen: %3d%%  %lld households, %lld events, %.1f s\n", percent,
                   static_cast<long long>(totals.households), static_cast<long long>(totals.events),
                   s);
    }
  }
  const double load_seconds = std::chrono::duration<double>(Clock::now() - load_start).count();
  writers.clear();  // closes the database (checkpoints the WAL)
  const double total_seconds = std::chrono::duration<double>(Clock::now() - start).count();

  std::printf(
      "stip_gen: bulk load (durable=false%s%s%s) of %lld households: %lld events in %lld appends "
      "and %lld access-log lines in %.2f s (%.0f events/s, %.0f households/s); accounts %.2f s; "
      "total %.2f s\n",
      options.ordered_ids ? ", ordered ids" : "", options.coarse ? ", coarse" : "",
      options.max_entries < 60 ? (", at most " + std::to_string(options.max_entries) +
                                  " entries outside the bench families")
                                     .c_str()
                               : "",
      static_cast<long long>(totals.households), static_cast<long long>(totals.events),
      static_cast<long long>(totals.appends), static_cast<long long>(totals.access), load_seconds,
      load_seconds > 0 ? static_cast<double>(totals.events + totals.access) / load_seconds : 0.0,
      load_seconds > 0 ? static_cast<double>(totals.households) / load_seconds : 0.0, setup_seconds,
      total_seconds);
  std::printf(
      "stip_gen: bench accounts bench.regisseur and bench.veiligheid; %d bench families%s%s\n",
      options.bench_families, options.ids_out.empty() ? "" : " listed in ",
      options.ids_out.c_str());
  return 0;
}
