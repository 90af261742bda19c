# sotto_add_fuzz_target(NAME fuzz_<what> SOURCES <files…> LIBRARIES <targets…> CORPUS <dir>)
#
# A fuzz target defines LLVMFuzzerTestOneInput. With the 'clang' preset (SOTTO_FUZZ) it
# is linked with libFuzzer, and scripts/fuzz runs it for as long as asked. In every other
# build it is linked with a small standalone driver and registered as a CTest test (label
# 'unit') that replays its corpus and a bounded number of mutations under the build's
# sanitizers: a short run of every target is part of the tests.
function(sotto_add_fuzz_target)
  cmake_parse_arguments(ARG "" "NAME;CORPUS" "SOURCES;LIBRARIES" ${ARGN})
  add_executable(${ARG_NAME} ${ARG_SOURCES})
  target_link_libraries(${ARG_NAME} PRIVATE Sotto::CompileOptions ${ARG_LIBRARIES})
  if(SOTTO_FUZZ)
    target_compile_options(${ARG_NAME} PRIVATE -fsanitize=fuzzer)
    target_link_options(${ARG_NAME} PRIVATE -fsanitize=fuzzer)
  else()
    target_sources(${ARG_NAME} PRIVATE "${PROJECT_SOURCE_DIR}/tests/support/FuzzDriver.cpp")
    if(SOTTO_BUILD_TESTS)
      add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME} --runs=3000 "${ARG_CORPUS}")
      set_tests_properties(${ARG_NAME} PROPERTIES LABELS "unit;fuzz" TIMEOUT 300)
    endif()
  endif()
endfunction()
