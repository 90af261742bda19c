# Warnings, sanitizers and the interface targets every Sotto target links.
set(SOTTO_WARNING_FLAGS -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
  -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough)
if(SOTTO_WERROR)
  list(APPEND SOTTO_WARNING_FLAGS -Werror)
endif()

# Everything but the warnings: targets with generated code (qmlcachegen output) link only
# this and put the warnings on their own sources (sotto_enable_warnings_on_sources).
add_library(sotto_base_options INTERFACE)
add_library(Sotto::BaseOptions ALIAS sotto_base_options)
target_compile_definitions(sotto_base_options INTERFACE QT_NO_KEYWORDS QT_NO_NARROWING_CONVERSIONS_IN_CONNECT)
target_include_directories(sotto_base_options INTERFACE "${CMAKE_BINARY_DIR}/generated")
if(SOTTO_SANITIZE)
  set(_sotto_san -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_compile_options(sotto_base_options INTERFACE ${_sotto_san})
  target_link_options(sotto_base_options INTERFACE ${_sotto_san})
endif()

add_library(sotto_compile_options INTERFACE)
add_library(Sotto::CompileOptions ALIAS sotto_compile_options)
target_link_libraries(sotto_compile_options INTERFACE sotto_base_options)
target_compile_options(sotto_compile_options INTERFACE $<$<COMPILE_LANGUAGE:CXX>:${SOTTO_WARNING_FLAGS}>)

function(sotto_enable_warnings_on_sources)
  set_source_files_properties(${ARGN} DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR}
    PROPERTIES COMPILE_OPTIONS "${SOTTO_WARNING_FLAGS}")
endfunction()

if(SOTTO_FUZZ AND NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  message(FATAL_ERROR "SOTTO_FUZZ needs clang (libFuzzer): use the 'clang' preset.")
endif()
