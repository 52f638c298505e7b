# Keystroke cost of spell checking in a 10,000-word answer (QElapsedTimer),
# included from bench/CMakeLists.txt. Run: bench_spell (QT_QPA_PLATFORM=offscreen).
qt_add_executable(bench_spell ${CMAKE_CURRENT_LIST_DIR}/bench_spell.cpp)
target_link_libraries(bench_spell PRIVATE quireui Qt6::Test)
