# Turns a tab-separated data file into a C++ source with one string constant, at build time.
# Run as: cmake -DINPUT=<file.tsv> -DOUTPUT=<file.cpp> -DFUNCTION=<name> [-DFIELDS=<n>]
#               -P embed_tsv.cmake
#
# Every line that is not empty and not a "#" note must have FIELDS (default 3) non-empty fields
# separated by tabs, so a broken list fails the build instead of losing terms at run time.
cmake_minimum_required(VERSION 3.25)

if(NOT INPUT OR NOT OUTPUT OR NOT FUNCTION)
  message(FATAL_ERROR "embed_tsv.cmake: INPUT, OUTPUT and FUNCTION are required")
endif()
if(NOT FIELDS)
  set(FIELDS 3)
endif()
set(line_pattern "^[^\t]+")
math(EXPR more "${FIELDS} - 1")
if(more GREATER 0)  # RANGE 1 0 would count down and ask for two more fields
  foreach(i RANGE 1 ${more})
    string(APPEND line_pattern "\t[^\t]+")
  endforeach()
endif()
string(APPEND line_pattern "$")

file(READ "${INPUT}" content)
string(REPLACE "\r\n" "\n" content "${content}")

# A raw string literal ends at )<delimiter>"; the delimiter must not occur in the data.
set(delimiter "stip_tsv")
string(FIND "${content}" ")${delimiter}\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "embed_tsv.cmake: ${INPUT} contains the raw string delimiter ${delimiter}")
endif()

# Check line by line. ";" separates CMake list items and brackets group them, so hide those
# while splitting.
string(REPLACE ";" "<semicolon>" lines "${content}")
string(REPLACE "[" "<open>" lines "${lines}")
string(REPLACE "]" "<close>" lines "${lines}")
string(REPLACE "\n" ";" lines "${lines}")
set(number 0)
foreach(line IN LISTS lines)
  math(EXPR number "${number} + 1")
  if(line STREQUAL "" OR line MATCHES "^#")
    continue()
  endif()
  if(NOT line MATCHES "${line_pattern}")
    message(FATAL_ERROR "${INPUT}:${number}: expected ${FIELDS} non-empty fields separated by tabs")
  endif()
endforeach()

get_filename_component(input_name "${INPUT}" NAME)
set(source "// Generated from ${input_name} by embed_tsv.cmake at build time. Do not edit.\n")
string(APPEND source "#include <string_view>\n\n")
string(APPEND source "namespace stip::domain::data {\n\n")
string(APPEND source "std::string_view ${FUNCTION}() {\n")
string(APPEND source "  return R\"${delimiter}(${content})${delimiter}\";\n}\n\n")
string(APPEND source "}  // namespace stip::domain::data\n")

# Only touch the output when it changes, so ccache and Ninja skip the rebuild.
if(EXISTS "${OUTPUT}")
  file(READ "${OUTPUT}" old)
  if(old STREQUAL source)
    return()
  endif()
endif()
file(WRITE "${OUTPUT}" "${source}")
