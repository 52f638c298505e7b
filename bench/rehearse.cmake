# A 45-question `quire rehearse` of the sample against the fake model
# server of the tests, answering at once (issue 13): whole-process wall and
# CPU time. Included from bench/CMakeLists.txt.
qt_add_executable(bench_rehearse ${CMAKE_CURRENT_LIST_DIR}/bench_rehearse.cpp
    ${PROJECT_SOURCE_DIR}/tests/rehearsal/fakemodelserver.cpp ${PROJECT_SOURCE_DIR}/tests/rehearsal/fakemodelserver.h)
target_link_libraries(bench_rehearse PRIVATE quirecore Qt6::Network)
target_include_directories(bench_rehearse PRIVATE ${PROJECT_SOURCE_DIR})
