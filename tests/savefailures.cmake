# Data safety with real failures: a full and a read-only file system (tmpfs
# mounts), a vanished folder, an unwritable folder (quire run as `nobody`),
# symbolic links, permissions, backups and hostile input. The mount and
# setpriv cases need root and are skipped otherwise; CI runs as root.
quire_add_test(tst_savefailures NEEDS_CLI)
# Some cases run quire on 10 MB documents: lift Qt Test's 5-minute watchdog so
# that a slow, shared CI machine is not mistaken for a hang.
set_tests_properties(tst_savefailures PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QTEST_FUNCTION_TIMEOUT=1800000")
