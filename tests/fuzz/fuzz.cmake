# Included from tests/CMakeLists.txt. The fuzz harness's regression suite,
# built with the project's compiler like the other tests: the bugs the
# fuzzer found as small cases, and the inputs it kept (regressions/)
# replayed through the harness's checks (documentchecks.cpp). The fuzzer
# itself is the separate clang project in this folder (run-fuzz.sh).
quire_add_test(tst_fuzzregressions SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_fuzzregressions.cpp
    ${CMAKE_CURRENT_LIST_DIR}/regressioncases.h)
target_sources(tst_fuzzregressions PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/documentchecks.cpp ${CMAKE_CURRENT_LIST_DIR}/documentchecks.h
    ${CMAKE_CURRENT_LIST_DIR}/bytechecks.cpp ${CMAKE_CURRENT_LIST_DIR}/bytechecks.h
    ${CMAKE_CURRENT_LIST_DIR}/expectedentries.cpp ${CMAKE_CURRENT_LIST_DIR}/expectedentries.h
    ${CMAKE_CURRENT_LIST_DIR}/documentfacts.cpp ${CMAKE_CURRENT_LIST_DIR}/documentfacts.h
    ${CMAKE_CURRENT_LIST_DIR}/editchoices.cpp ${CMAKE_CURRENT_LIST_DIR}/editchoices.h)
target_include_directories(tst_fuzzregressions PRIVATE ${CMAKE_CURRENT_LIST_DIR})
# The block dialects' cases, apart (tst_fuzzregressions is near 500 lines).
quire_add_test(tst_blockregressions SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_blockregressions.cpp)
# The heading dialect's cases, apart.
quire_add_test(tst_headingregressions SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_headingregressions.cpp)
target_compile_definitions(tst_fuzzregressions PRIVATE
    QUIRE_FUZZ_REGRESSIONS="${CMAKE_CURRENT_LIST_DIR}/regressions"
    QUIRE_FUZZ_DOCUMENT_SEEDS="${CMAKE_CURRENT_LIST_DIR}/seeds-document")

# The sidecar, candidate, llms.txt and stream harnesses' regression suite: their findings as
# small cases, and the inputs and seeds replayed through their checks.
quire_add_test(tst_fuzzparsers SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_fuzzparsers.cpp)
target_sources(tst_fuzzparsers PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/sidecarchecks.cpp ${CMAKE_CURRENT_LIST_DIR}/sidecarchecks.h
    ${CMAKE_CURRENT_LIST_DIR}/candidatechecks.cpp ${CMAKE_CURRENT_LIST_DIR}/candidatechecks.h
    ${CMAKE_CURRENT_LIST_DIR}/llmstxtchecks.cpp ${CMAKE_CURRENT_LIST_DIR}/llmstxtchecks.h
    ${CMAKE_CURRENT_LIST_DIR}/streamchecks.cpp ${CMAKE_CURRENT_LIST_DIR}/streamchecks.h)
target_include_directories(tst_fuzzparsers PRIVATE ${CMAKE_CURRENT_LIST_DIR})
target_compile_definitions(tst_fuzzparsers PRIVATE QUIRE_FUZZ_DIR="${CMAKE_CURRENT_LIST_DIR}")
