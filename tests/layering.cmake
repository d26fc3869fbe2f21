# Checks the include rules of src/README.md: cmake -DSRC=<src> -P layering.cmake. Each rule is a
# set of files and a pattern none of them may contain; a break lists the file and the line.
set(broken "")

function(forbid what pattern)
  set(files ${ARGN})
  foreach(file IN LISTS files)
    file(STRINGS ${file} lines REGEX "${pattern}")
    foreach(line IN LISTS lines)
      file(RELATIVE_PATH name ${SRC} ${file})
      string(APPEND broken "  ${name}: ${what}: ${line}\n")
    endforeach()
  endforeach()
  set(broken "${broken}" PARENT_SCOPE)
endfunction()

file(GLOB_RECURSE front_ends ${SRC}/http/*.h ${SRC}/http/*.cpp ${SRC}/web/*.h ${SRC}/web/*.cpp)
forbid("the front-ends reach the store only through app" "#include \"store/" ${front_ends})

file(GLOB app_headers ${SRC}/app/*.h)
list(FILTER app_headers EXCLUDE REGEX "_internal\\.h$")
forbid("app's headers name the store ports only by declaration" "#include \"store/" ${app_headers})

file(GLOB_RECURSE cli ${SRC}/cli/*.h ${SRC}/cli/*.cpp)
forbid("the CLI opens stores through store/open.h" "#include \"store/(sqlite|postgres)/" ${cli})

file(GLOB_RECURSE web ${SRC}/web/*.h ${SRC}/web/*.cpp)
forbid("the HTML front-end renders HTML; JSON is http's"
       "#include [<\"](boost/json|http/api_encode\\.h|http/json_codec\\.h)|Response::Json" ${web})

# Issue 13 item 3: the PDF module renders documents; it knows the domain's types at most, never
# the store, the use cases or the front-ends (web, http and cli use it).
file(GLOB_RECURSE pdf ${SRC}/pdf/*.h ${SRC}/pdf/*.cpp)
forbid("the PDF module knows documents, not the store, app or the front-ends"
       "#include \"(store|app|http|web|cli|notify)/" ${pdf})

if(broken)
  message(FATAL_ERROR "Layering broken:\n${broken}")
endif()
message(STATUS "layering: OK")
