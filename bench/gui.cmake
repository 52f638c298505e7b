# GUI timings (QElapsedTimer), included from bench/CMakeLists.txt.
qt_add_executable(bench_gui ${CMAKE_CURRENT_LIST_DIR}/bench_gui.cpp)
target_link_libraries(bench_gui PRIVATE quireui Qt6::Test)
