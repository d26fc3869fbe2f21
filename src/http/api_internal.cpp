// Answers shared by the JSON API's handlers (api_internal.h).
#include "http/api_internal.h"

#include <boost/json/object.hpp>

namespace stip::http::api {

Response Done(const domain::Status& done) {
  if (!done) return Response::FromError(done.error());
  return Response::Json(200, boost::json::object{{"ok", true}});
}

}  // namespace stip::http::api
