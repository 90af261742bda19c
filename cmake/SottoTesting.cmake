# sotto_add_test(NAME <name> SOURCES <files…> LIBRARIES <targets…> LABEL unit|integration|ui)
#
# One QtTest executable per class under test, registered with CTest. Integration and UI
# tests exit with 77 when the services scripts/test starts are absent, which CTest
# reports as skipped (never as passed).
set(SOTTO_SKIP_RETURN_CODE 77)

function(sotto_add_test)
  cmake_parse_arguments(ARG "" "NAME;LABEL;TIMEOUT" "SOURCES;LIBRARIES" ${ARGN})
  if(NOT ARG_LABEL)
    set(ARG_LABEL unit)
  endif()
  if(NOT ARG_TIMEOUT)
    set(ARG_TIMEOUT 300)
  endif()
  add_executable(${ARG_NAME} ${ARG_SOURCES})
  target_link_libraries(${ARG_NAME} PRIVATE Qt6::Test Sotto::CompileOptions sotto_test_support ${ARG_LIBRARIES})
  add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME})
  set_tests_properties(${ARG_NAME} PROPERTIES
    LABELS ${ARG_LABEL}
    TIMEOUT ${ARG_TIMEOUT}
    SKIP_RETURN_CODE ${SOTTO_SKIP_RETURN_CODE}
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;ASAN_OPTIONS=detect_leaks=1;LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/lsan.supp")
endfunction()
