# Crash recovery with real processes: quire under an Xvfb of the test's own,
# typed into with xdotool, killed with SIGKILL at random moments, started again,
# restored with the recovery bar's Alt+R and saved with Ctrl+S; the saved bytes
# are compared with what was typed. Needs xvfb and xdotool (quire-dev.sh).
# QUIRE_CRASH_RUNS=N (default 6) for a longer measurement, QUIRE_CRASH_SEED=S
# to replay one. Each run starts quire two or three times: a few minutes in all.
quire_add_test(tst_crashrecovery NEEDS_CLI)
set_tests_properties(tst_crashrecovery PROPERTIES
    TIMEOUT 900
    RUN_SERIAL TRUE # it measures time: no other test competing for the CPU
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QTEST_FUNCTION_TIMEOUT=900000")
