// End-to-end: bad input gets a 4xx with the JSON error shape naming the field, and changes
// nothing in the file; unknown routes are 404 and known paths with another method are 405.
#include <algorithm>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <boost/beast/http/verb.hpp>
#include <boost/json.hpp>

#include "harness.h"

namespace stip::e2e {
namespace {

namespace json = boost::json;
using boost::beast::http::verb;

struct BadRequest {
  std::string what;
  verb method = verb::post;
  std::string target;  // "{family}" is replaced by the demo family's id
  std::string content_type;
  std::string body;
  unsigned status = 400;
  std::string field;  // a field the error must name; "" when none applies
};

std::string Expand(std::string text, const std::string& family_id) {
  const std::string key = "{family}";
  for (auto at = text.find(key); at != std::string::npos; at = text.find(key)) {
    text.replace(at, key.size(), family_id);
  }
  return text;
}

// What a user would see of the file: its ledger head, its entries and the list of families.
struct Snapshot {
  std::int64_t head_seq = -1;
  std::size_t entries = 0;
  std::string families;
  bool operator==(const Snapshot&) const = default;
};

Snapshot Take(HttpClient& client, const std::string& family_id) {
  Snapshot s;
  const json::value overview = Overview(client, family_id, "?limit=200");
  s.head_seq = Int(overview, "head_seq");
  s.entries = Arr(overview, "entries").size();
  HttpResponse list = client.Get("/api/v1/families");
  EXPECT_EQ(list.status, 200u) << list.Describe();
  json::value families = ParseJson(list);
  // updated_at and entry_count change with the file; the serialised list shows any change.
  s.families = json::serialize(families);
  return s;
}

void ExpectRejected(HttpClient& client, const BadRequest& c, const std::string& family_id,
                    const Snapshot& before) {
  SCOPED_TRACE(c.what);
  const std::string target = Expand(c.target, family_id);
  HttpResponse r = client.Request(c.method, target, Expand(c.body, family_id), c.content_type);
  EXPECT_EQ(r.status, c.status) << boost::beast::http::to_string(c.method) << " " << target << ": "
                                << r.Describe();
  const std::vector<std::string> fields = ErrorFields(r);
  if (!c.field.empty()) {
    EXPECT_NE(std::find(fields.begin(), fields.end(), c.field), fields.end())
        << "the error should name the field \"" << c.field << "\": " << r.Describe();
  }
  EXPECT_TRUE(Take(client, family_id) == before) << "a rejected request changed something";
}

using BadInputTest = E2eTest;

TEST_F(BadInputTest, BadEntriesAreRejectedAndChangeNothing) {
  std::unique_ptr<HttpClient> lead;
  std::string family_id;
  ASSERT_NO_FATAL_FAILURE(StartDemoAsLead(lead, family_id));
  const Snapshot before = Take(*lead, family_id);
  ASSERT_EQ(before.entries, static_cast<std::size_t>(kDemoEntries));

  const std::string entries = "/api/v1/families/{family}/entries";
  const std::string json_type = "application/json";
  const std::string huge(1024 * 1024 + 16, 'a');
  const std::vector<BadRequest> cases = {
      {"malformed JSON", verb::post, entries, json_type, R"({"kind": "fact", "source": )", 400, ""},
      {"empty body", verb::post, entries, json_type, "", 400, ""},
      {"array instead of object", verb::post, entries, json_type, R"(["fact", "school", "x"])", 400,
       ""},
      {"string instead of object", verb::post, entries, json_type, R"("fact")", 400, ""},
      {"unknown field", verb::post, entries, json_type,
       R"({"kind": "fact", "source": "school", "text": "Tekst.", "risk_score": 7})", 400,
       "risk_score"},
      {"wrong type", verb::post, entries, json_type,
       R"({"kind": "fact", "source": "school", "text": 42})", 400, "text"},
      {"missing field", verb::post, entries, json_type, R"({"kind": "fact", "source": "school"})",
       400, "text"},
      {"null for a required field", verb::post, entries, json_type,
       R"({"kind": null, "source": "school", "text": "Tekst."})", 400, "kind"},
      {"unknown entry kind", verb::post, entries, json_type,
       R"({"kind": "rumour", "source": "school", "text": "Tekst."})", 400, "kind"},
      {"empty text", verb::post, entries, json_type,
       R"({"kind": "fact", "source": "school", "text": ""})", 400, "text"},
      {"text longer than an entry may be", verb::post, entries, json_type,
       R"({"kind": "fact", "source": "school", "text": ")" + std::string(20001, 'b') + "\"}", 400,
       "text"},
      {"oversized body", verb::post, entries, json_type,
       R"({"kind": "fact", "source": "school", "text": ")" + huge + "\"}", 413, ""},
      {"wrong content type", verb::post, entries, "text/plain",
       R"({"kind": "fact", "source": "school", "text": "Tekst."})", 415, ""},
      {"form body on the API", verb::post, entries, "application/x-www-form-urlencoded",
       "kind=fact&source=school&text=Tekst.", 415, ""},
      {"a key named twice", verb::post, entries, json_type,
       R"({"kind": "fact", "source": "school", "text": "Tekst.", "text": "Andere tekst."})", 400,
       ""},
      {"body declared in another charset", verb::post, entries,
       "application/json; charset=iso-8859-1",
       R"({"kind": "fact", "source": "school", "text": "Tekst."})", 415, ""},
  };
  for (const auto& c : cases) ExpectRejected(*lead, c, family_id, before);

  // The duplicate key is named, so the client knows what to fix.
  HttpResponse twice =
      lead->Request(verb::post, "/api/v1/families/" + family_id + "/entries",
                    R"({"kind": "fact", "source": "school", "text": "a", "text": "b"})", json_type);
  EXPECT_NE(twice.body.find(R"(key \"text\" appears twice)"), std::string::npos)
      << twice.Describe();

  // After all that, a good entry still goes in (the connection and session survived), also
  // with the charset named as UTF-8.
  HttpResponse ok =
      lead->Request(verb::post, "/api/v1/families/" + family_id + "/entries",
                    json::serialize(EntryBody("Na alle fouten een goede aantekening.")),
                    "application/json; charset=UTF-8");
  EXPECT_EQ(ok.status, 201u) << ok.Describe();
}

TEST_F(BadInputTest, BadFamiliesAreRejectedAndChangeNothing) {
  std::unique_ptr<HttpClient> lead;
  std::string family_id;
  ASSERT_NO_FATAL_FAILURE(StartDemoAsLead(lead, family_id));
  const std::string lead_id = Str(Field(Overview(*lead, family_id), "lead"), "id");
  ASSERT_FALSE(lead_id.empty());
  const Snapshot before = Take(*lead, family_id);

  const auto family = [&](const std::string& members, const std::string& extra = "") {
    return R"({"name": "Gezin Smit", "members": )" + members + R"(, "lead_user_id": ")" + lead_id +
           "\"" + extra + "}";
  };
  const std::string parent =
      R"({"ref": "p", "name": "Anna Smit", "role": "parent", "birth_date": "1985-01-20"})";
  const std::string child =
      R"({"ref": "c", "name": "Bram Smit", "role": "child", "birth_date": "2018-03-04"})";
  const std::string families = "/api/v1/families";
  const std::string json_type = "application/json";
  const std::vector<BadRequest> cases = {
      {"invalid birth date", verb::post, families, json_type,
       family(
           "[" + parent +
           R"(, {"ref": "c", "name": "Bram Smit", "role": "child", "birth_date": "2018-02-30"}])"),
       400, "members[1].birth_date"},
      {"birth date not a date", verb::post, families, json_type,
       family("[" + parent +
              R"(, {"ref": "c", "name": "Bram Smit", "role": "child", "birth_date": "4 maart"}])"),
       400, "members[1].birth_date"},
      {"unknown member role", verb::post, families, json_type,
       family(
           "[" + child +
           R"(, {"ref": "x", "name": "Cor Smit", "role": "uncle", "birth_date": "1970-05-05"}])"),
       400, "members[1].role"},
      {"no child", verb::post, families, json_type, family("[" + parent + "]"), 400, "members"},
      {"members not an array", verb::post, families, json_type, family(R"("Anna en Bram")"), 400,
       "members"},
      {"unknown field in a member", verb::post, families, json_type,
       family("[" + parent +
              R"(, {"ref": "c", "name": "Bram Smit", "role": "child", "birth_date": "2018-03-04",
                    "burgerservicenummer": "999990019"}])"),
       400, "members[1].burgerservicenummer"},
      // Issue 10 item 6: a BSN is known for a child, and must pass the 11-test.
      {"a BSN that fails the 11-test", verb::post, families, json_type,
       family("[" + parent +
              R"(, {"ref": "c", "name": "Bram Smit", "role": "child", "birth_date": "2018-03-04",
                    "bsn": "999990018"}])"),
       400, "members[1].bsn"},
      {"missing lead", verb::post, families, json_type,
       R"({"name": "Gezin Smit", "members": [)" + child + "]}", 400, "lead_user_id"},
      {"unknown lead", verb::post, families, json_type,
       R"({"name": "Gezin Smit", "members": [)" + child + R"(], "lead_user_id": "usr_nobody"})",
       400, "lead_user_id"},
      {"custody of a non-child", verb::post, families, json_type,
       family("[" + parent + ", " + child + "]",
              R"(, "custody": [{"parent_ref": "c", "child_ref": "p"}])"),
       400, "custody[0].parent_ref"},
      {"wrong type in custody", verb::post, families, json_type,
       family("[" + parent + ", " + child + "]",
              R"(, "custody": [{"parent_ref": "p", "child_ref": "c", "has_custody": "ja"}])"),
       400, "custody[0].has_custody"},
  };
  for (const auto& c : cases) ExpectRejected(*lead, c, family_id, before);
}

TEST_F(BadInputTest, BadQueriesRoutesAndMethods) {
  std::unique_ptr<HttpClient> lead;
  std::string family_id;
  ASSERT_NO_FATAL_FAILURE(StartDemoAsLead(lead, family_id));
  const Snapshot before = Take(*lead, family_id);

  const std::string overview = "/api/v1/families/{family}";
  const std::vector<BadRequest> cases = {
      {"limit zero", verb::get, overview + "?limit=0", "", "", 400, "limit"},
      {"limit not a number", verb::get, overview + "?limit=veel", "", "", 400, "limit"},
      {"limit too large", verb::get, overview + "?limit=1000000", "", "", 400, "limit"},
      {"negative limit", verb::get, overview + "?limit=-5", "", "", 400, "limit"},
      {"negative before", verb::get, overview + "?before=-1", "", "", 400, "before"},
      {"before not a number", verb::get, overview + "?before=gisteren", "", "", 400, "before"},
      {"bad access-log limit", verb::get, overview + "/access-log?limit=x", "", "", 400, "limit"},
      {"broken escape in the query", verb::get, overview + "?limit=%zz", "", "", 400, ""},
      {"broken escape in the path", verb::get, overview + "%zz", "", "", 400, ""},
      {"an escaped slash does not split the path", verb::get, overview + "%2Faccess-log", "", "",
       404, ""},
      {"unknown route", verb::get, "/api/v1/gezinnen-bestaat-niet", "", "", 404, ""},
      {"unknown sub-route", verb::get, overview + "/nothing-here", "", "", 404, ""},
      {"wrong method on the family list", verb::put, "/api/v1/families", "application/json", "{}",
       405, ""},
      {"wrong method on a family", verb::delete_, overview, "", "", 405, ""},
      {"wrong method on entries", verb::get, overview + "/entries", "", "", 405, ""},
      {"wrong method on health", verb::post, "/healthz", "application/json", "{}", 405, ""},
  };
  for (const auto& c : cases) ExpectRejected(*lead, c, family_id, before);

  // A form with a broken escape is refused whole instead of losing that field.
  HttpResponse form = lead->Request(verb::post, "/login", "email=sanne%zz&password=demo",
                                    "application/x-www-form-urlencoded");
  EXPECT_EQ(form.status, 400u) << form.Describe();
  EXPECT_NE(form.body.find("%25"), std::string::npos) << "the error says how to write a %";

  HttpResponse r = lead->Request(verb::delete_, "/api/v1/families/" + family_id);
  EXPECT_EQ(r.status, 405u);
  EXPECT_NE(r.Header("allow").find("GET"), std::string::npos)
      << "a 405 says which methods the path takes: " << r.Describe();
}

}  // namespace
}  // namespace stip::e2e
