# Token counting throughput (bench_tokens), included from bench/CMakeLists.txt.
qt_add_executable(bench_tokens ${CMAKE_CURRENT_LIST_DIR}/bench_tokens.cpp)
target_link_libraries(bench_tokens PRIVATE quirecore)
