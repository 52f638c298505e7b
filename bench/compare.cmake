# The compare view with huge and hostile answers (wall time and GUI stalls),
# included from bench/CMakeLists.txt.
qt_add_executable(bench_compare ${CMAKE_CURRENT_LIST_DIR}/bench_compare.cpp
    ${CMAKE_CURRENT_LIST_DIR}/lagprobe.cpp ${CMAKE_CURRENT_LIST_DIR}/lagprobe.h)
target_link_libraries(bench_compare PRIVATE quireui Qt6::Test)
