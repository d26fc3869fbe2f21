// The court measures of one family (issue 12 item 3), each with its history, read in one
// snapshot for both engines.
#include <optional>
#include <string>

#include "domain/measure.h"
#include "store/core/core_store.h"
#include "store/core/sql.h"

namespace stip::store::core {

namespace {

inline constexpr Sql kListMeasures =
    "SELECT id, seq, kind, children, ruling_date, start_date, end_date, threats, decision_id, "
    "ended_on, ended_reason, recorded_by, recorded_at, parents FROM measures WHERE family_id = $1 "
    "ORDER BY seq, id";
inline constexpr Sql kListDone =
    "SELECT seq, measure_id, deadline, due, done_on, note, done_by, done_at "
    "FROM measure_deadlines_done WHERE family_id = $1 ORDER BY seq";
inline constexpr Sql kListSteps =
    "SELECT seq, measure_id, step, ruling_date, end_date, reason, done_by, done_at "
    "FROM measure_steps WHERE family_id = $1 ORDER BY seq";

domain::Error Corrupt(const std::string& what) {
  return domain::Error{domain::Code::kInternal, "stored measure " + what + " is corrupt", {}};
}

std::vector<std::string> Words(const std::string& s) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < s.size()) {
    const auto j = s.find(' ', i);
    const auto end = j == std::string::npos ? s.size() : j;
    if (end > i) out.push_back(s.substr(i, end - i));
    i = end + 1;
  }
  return out;
}

}  // namespace

Result<std::vector<domain::MeasureRecord>> CoreStore::ListMeasures(const std::string& family_id) {
  std::vector<domain::MeasureRecord> out;
  std::optional<domain::Error> bad;
  auto status = ReadSnapshot([&](SqlPort& port) -> Status {
    out.clear();
    if (auto s = port.Each(
            kListMeasures,
            [&](const Row& r) {
              domain::MeasureRecord m;
              m.id = r.Text(0);
              m.seq = r.Int(1);
              const auto kind = domain::ParseMeasureKind(r.View(2));
              const auto ruling = domain::ParseDate(r.View(4));
              const auto start = domain::ParseDate(r.View(5));
              if ((!kind || !ruling || !start) && !bad) bad = Corrupt(m.id);
              m.kind = kind.value_or(domain::MeasureKind::kOts);
              m.children = Words(r.Text(3));
              m.ruling_date = ruling.value_or(domain::Date{});
              m.start = start.value_or(domain::Date{});
              if (!r.View(6).empty()) m.end = domain::ParseDate(r.View(6));
              m.threats = r.Text(7);
              m.decision_id = r.Text(8);
              if (!r.View(9).empty()) m.ended_on = domain::ParseDate(r.View(9));
              m.ended_reason = r.Text(10);
              m.recorded_by = r.Text(11);
              m.recorded_at = r.Int(12);
              m.parents = Words(r.Text(13));
              out.push_back(std::move(m));
            },
            family_id);
        !s) {
      return s;
    }
    if (auto s = port.Each(
            kListDone,
            [&](const Row& r) {
              const std::string measure_id = r.Text(1);
              domain::MeasureRecord* m = nullptr;
              for (auto& x : out) {
                if (x.id == measure_id) m = &x;
              }
              const auto kind = domain::ParseDeadlineKind(r.View(2));
              const auto due = domain::ParseDate(r.View(3));
              const auto day = domain::ParseDate(r.View(4));
              if (!m || !kind || !due || !day) {
                if (!bad) bad = Corrupt("deadline " + std::to_string(r.Int(0)));
                return;
              }
              m->done.push_back({*kind, *due, *day, r.Text(5), r.Text(6), r.Int(7)});
            },
            family_id);
        !s) {
      return s;
    }
    return port.Each(
        kListSteps,
        [&](const Row& r) {
          const std::string measure_id = r.Text(1);
          domain::MeasureRecord* m = nullptr;
          for (auto& x : out) {
            if (x.id == measure_id) m = &x;
          }
          if (!m) {
            if (!bad) bad = Corrupt("step " + std::to_string(r.Int(0)));
            return;
          }
          domain::MeasureStep s;
          s.seq = r.Int(0);
          const auto step = r.View(2);
          s.kind = step == "extended" ? domain::MeasureStepKind::kExtended
                   : step == "ended"  ? domain::MeasureStepKind::kEnded
                                      : domain::MeasureStepKind::kRecorded;
          s.ruling_date = domain::ParseDate(r.View(3)).value_or(domain::Date{});
          if (!r.View(4).empty()) s.end = domain::ParseDate(r.View(4));
          s.reason = r.Text(5);
          s.by = r.Text(6);
          s.at = r.Int(7);
          m->history.push_back(std::move(s));
        },
        family_id);
  });
  if (!status) return domain::Fail(status.error());
  if (bad) return domain::Fail(std::move(*bad));
  return out;
}

}  // namespace stip::store::core
