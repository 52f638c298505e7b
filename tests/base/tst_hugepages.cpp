// Transparent huge pages for large fresh memory: adviseHugePages marks the
// 2 MB-aligned part of a buffer (the kernel's VmFlags "hg"), and the quire
// program's operator new (app/cli/operatornew.cpp, linked into this test)
// does so for allocations of 2 MB or more, not for smaller ones.

#include "app/base/hugepages.h"

#include <QFile>
#include <QTest>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>

class TestHugePages : public QObject
{
    Q_OBJECT

private:
    static constexpr std::uintptr_t huge = std::uintptr_t(2) << 20;

    // The VmFlags of the mapping holding `address` (/proc/self/smaps).
    static QByteArrayList flagsAt(const void *address)
    {
        QFile smaps(QStringLiteral("/proc/self/smaps"));
        if (!smaps.open(QIODevice::ReadOnly))
            return {"(no smaps)"};
        const auto at = reinterpret_cast<std::uintptr_t>(address);
        bool inside = false;
        for (const QByteArray &line : smaps.readAll().split('\n')) {
            const qsizetype dash = line.indexOf('-'), space = line.indexOf(' ');
            if (dash > 0 && space > dash && !line.startsWith("VmFlags")) {
                bool ok1 = false, ok2 = false;
                const auto begin = line.left(dash).toULongLong(&ok1, 16);
                const auto end = line.mid(dash + 1, space - dash - 1).toULongLong(&ok2, 16);
                if (ok1 && ok2) {
                    inside = at >= begin && at < end;
                    continue;
                }
            }
            if (inside && line.startsWith("VmFlags:"))
                return line.mid(8).simplified().split(' ');
        }
        return {"(not mapped)"};
    }

    static bool systemHasHugePages()
    {
        QFile enabled(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled"));
        return enabled.open(QIODevice::ReadOnly) && !enabled.readAll().contains("[never]");
    }

    static const char *middle(const void *data, std::size_t size)
    {
        const auto begin = (reinterpret_cast<std::uintptr_t>(data) + huge - 1) & ~(huge - 1);
        return reinterpret_cast<const char *>(begin + (size > 3 * huge ? huge : 0));
    }

private slots:
    void initTestCase()
    {
        if (!systemHasHugePages())
            QSKIP("this kernel has no transparent huge pages (nothing to advise)");
    }

    void aLargeBufferIsAdvised()
    {
        const std::size_t size = 16 << 20;
        void *buffer = std::malloc(size); // a mapping of its own (above glibc's mmap threshold)
        QVERIFY(buffer);
        QVERIFY(!flagsAt(middle(buffer, size)).contains("hg"));
        adviseHugePages(buffer, qsizetype(size));
        QVERIFY2(flagsAt(middle(buffer, size)).contains("hg"), flagsAt(middle(buffer, size)).join(' ').constData());
        std::memset(buffer, 1, size); // still ordinary memory
        QCOMPARE(static_cast<char *>(buffer)[size - 1], char(1));
        std::free(buffer);
    }

    void operatorNewAdvisesLargeAllocationsOnly()
    {
        const std::size_t large = 8 << 20;
        std::unique_ptr<char[]> big(new char[large]);
        QVERIFY2(flagsAt(middle(big.get(), large)).contains("hg"), flagsAt(middle(big.get(), large)).join(' ').constData());
        const std::size_t small = 1 << 20; // mapped on its own too, not advised
        std::unique_ptr<char[]> little(new char[small]);
        QVERIFY(!flagsAt(little.get() + small / 2).contains("hg"));
    }
};

QTEST_GUILESS_MAIN(TestHugePages)
#include "tst_hugepages.moc"
