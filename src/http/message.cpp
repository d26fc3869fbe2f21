#include "http/message.h"

#include <cctype>
#include <type_traits>
#include <variant>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>
#include <boost/url/encoding_opts.hpp>
#include <boost/url/parse.hpp>
#include <boost/url/pct_string_view.hpp>

#include "http/cookies.h"

namespace stip::http {
namespace urls = boost::urls;
namespace {

// A field error's parameters as a JSON object: numbers, strings and lists of strings.
boost::json::object ParamsJson(const domain::FieldError& error) {
  boost::json::object out;
  for (const auto& param : error.params) {
    std::visit(
        [&](const auto& value) {
          using T = std::decay_t<decltype(value)>;
          if constexpr (std::is_same_v<T, std::vector<std::string>>) {
            out[param.name] = boost::json::array(value.begin(), value.end());
          } else {
            out[param.name] = value;
          }
        },
        param.value);
  }
  return out;
}

}  // namespace

std::string Request::Header(const std::string& lower_name) const {
  const auto it = headers.find(lower_name);
  return it == headers.end() ? std::string() : it->second;
}

std::string Request::Cookie(const std::string& name) const {
  const auto it = headers.find("cookie");
  if (it == headers.end()) return {};
  auto cookies = ParseCookies(it->second);
  const auto found = cookies.find(name);
  return found == cookies.end() ? std::string() : std::move(found->second);
}

std::map<std::string, std::string> Request::Form() const { return ParseUrlEncoded(body); }

Response Response::Json(unsigned status, const boost::json::value& body) {
  Response r;
  r.status = status;
  r.content_type = "application/json";
  r.body = boost::json::serialize(body);
  return r;
}

Response Response::Html(unsigned status, std::string body) {
  return Text(status, std::move(body), "text/html; charset=utf-8");
}

Response Response::Redirect(const std::string& location) {
  Response r = Text(303, "", "text/plain; charset=utf-8");
  r.headers.emplace_back("Location", location);
  return r;
}

Response Response::Text(unsigned status, std::string body, std::string content_type) {
  Response r;
  r.status = status;
  r.content_type = std::move(content_type);
  r.body = std::move(body);
  return r;
}

Response Response::FromError(const domain::Error& error) {
  boost::json::array fields;
  for (const auto& f : error.fields) {
    fields.push_back(boost::json::object{{"field", f.field},
                                         {"code", domain::FieldCodeName(f.code)},
                                         {"message", f.message},
                                         {"params", ParamsJson(f)}});
  }
  boost::json::object inner{{"code", domain::CodeName(error.code)},
                            {"message", error.message},
                            {"fields", std::move(fields)}};
  Response r = Json(StatusFor(error.code), boost::json::object{{"error", std::move(inner)}});
  if (error.code == domain::Code::kUnauthenticated) {
    // RFC 9110 asks every 401 to name a scheme the client can use.
    r.headers.emplace_back("WWW-Authenticate", "Bearer realm=\"stip\"");
  }
  return r;
}

unsigned StatusFor(domain::Code code) {
  using domain::Code;
  switch (code) {
    case Code::kInvalidArgument:
      return 400;
    case Code::kUnauthenticated:
      return 401;
    case Code::kPermissionDenied:
      return 403;
    case Code::kNotFound:
      return 404;
    case Code::kAlreadyExists:
    case Code::kConflict:
      return 409;
    case Code::kFailedPrecondition:
      return 422;
    case Code::kResourceExhausted:
      return 429;
    case Code::kUnavailable:
      return 503;
    case Code::kInternal:
      return 500;
  }
  return 500;
}

std::map<std::string, std::string> ParseUrlEncoded(std::string_view text) {
  urls::encoding_opts plus_is_space;
  plus_is_space.space_as_plus = true;
  std::map<std::string, std::string> out;
  while (!text.empty()) {
    const auto amp = text.find('&');
    const std::string_view pair = text.substr(0, amp);
    text = amp == std::string_view::npos ? std::string_view{} : text.substr(amp + 1);
    if (pair.empty()) continue;
    const auto eq = pair.find('=');
    const std::string_view raw_name = pair.substr(0, eq);
    const std::string_view raw_value =
        eq == std::string_view::npos ? std::string_view{} : pair.substr(eq + 1);
    auto name = urls::make_pct_string_view(raw_name);
    auto value = urls::make_pct_string_view(raw_value);
    if (!name || !value) continue;
    out[name->decode(plus_is_space)] = value->decode(plus_is_space);
  }
  return out;
}

bool ParseTarget(std::string_view target, Request& request) {
  auto url = urls::parse_origin_form(target);
  if (!url) return false;
  request.path = url->path();
  request.encoded_path = url->encoded_path();
  if (request.path.empty()) request.path = "/";
  if (request.encoded_path.empty()) request.encoded_path = "/";
  request.query =
      url->has_query() ? ParseUrlEncoded(url->encoded_query()) : decltype(request.query){};
  return true;
}

std::string MediaType(std::string_view content_type) {
  const auto semi = content_type.find(';');
  std::string_view type = content_type.substr(0, semi);
  while (!type.empty() && (type.back() == ' ' || type.back() == '\t')) type.remove_suffix(1);
  while (!type.empty() && (type.front() == ' ' || type.front() == '\t')) type.remove_prefix(1);
  std::string out(type);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool DeclaresUtf8OrNothing(std::string_view content_type) {
  const auto lower = [](std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
  };
  const auto trim = [](std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    return text;
  };
  auto semi = content_type.find(';');
  while (semi != std::string_view::npos) {
    content_type.remove_prefix(semi + 1);
    semi = content_type.find(';');
    const std::string_view parameter = trim(content_type.substr(0, semi));
    const auto eq = parameter.find('=');
    if (eq == std::string_view::npos || lower(trim(parameter.substr(0, eq))) != "charset") {
      continue;
    }
    std::string_view value = trim(parameter.substr(eq + 1));
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"') {
      value = value.substr(1, value.size() - 2);
    }
    if (lower(value) != "utf-8") return false;
  }
  return true;
}

bool IsWellFormedUrlEncoded(std::string_view text) {
  return urls::make_pct_string_view(text).has_value();
}

}  // namespace stip::http
