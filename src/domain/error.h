// Transport-neutral errors and the Result type every fallible call returns.
// Adapters map Code to an HTTP status (src/http) or an exit code (src/cli), each in one table.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <tl/expected.hpp>

#include "domain/field_error.h"

namespace stip::domain {

enum class Code {
  kInvalidArgument,     // the caller sent something wrong; fields say what
  kNotFound,            // no such thing (or the caller may not know it exists)
  kAlreadyExists,       // a unique thing exists already
  kFailedPrecondition,  // the request is valid but the state does not allow it now
  kPermissionDenied,    // authenticated, but not allowed
  kUnauthenticated,     // who is this? (no or bad credentials)
  kConflict,            // lost an optimistic race; retry
  kResourceExhausted,   // too large, or too many attempts
  kUnavailable,         // try again later (database busy, shutting down)
  kInternal,            // a bug or a broken environment
};

std::string_view CodeName(Code code);  // "invalid_argument", ...

struct Error {
  Code code = Code::kInternal;
  std::string message;  // a sentence a person can act on
  std::vector<FieldError> fields;

  static Error Invalid(std::string message, std::vector<FieldError> fields = {}) {
    return {Code::kInvalidArgument, std::move(message), std::move(fields)};
  }
  static Error NotFound(std::string message) { return {Code::kNotFound, std::move(message), {}}; }
  static Error Denied(std::string message) {
    return {Code::kPermissionDenied, std::move(message), {}};
  }
  static Error Internal(std::string message) { return {Code::kInternal, std::move(message), {}}; }
};

template <typename T>
using Result = tl::expected<T, Error>;
using Status = tl::expected<void, Error>;

inline tl::unexpected<Error> Fail(Error e) { return tl::unexpected<Error>(std::move(e)); }
inline tl::unexpected<Error> Fail(Code code, std::string message,
                                  std::vector<FieldError> fields = {}) {
  return tl::unexpected<Error>(Error{code, std::move(message), std::move(fields)});
}

}  // namespace stip::domain
