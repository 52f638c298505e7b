# A 50 MB review sidecar in the real window (issue 14): load time, change to
# disk, longest stalls of the GUI thread (LagProbe). Included from
# bench/CMakeLists.txt.
qt_add_executable(bench_sidecar ${CMAKE_CURRENT_LIST_DIR}/bench_sidecar.cpp
    ${CMAKE_CURRENT_LIST_DIR}/lagprobe.cpp ${CMAKE_CURRENT_LIST_DIR}/lagprobe.h)
target_link_libraries(bench_sidecar PRIVATE quireui quiregenerator Qt6::Test)
