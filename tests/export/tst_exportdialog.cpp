// The Export dialog keeps what the user chose however it is closed: its
// buttons are Export and Close, so Escape and the window's close button are
// Close too. (A keyboard user who ticked "Export on save" with Alt+S and left
// with Escape believed export on save was on, and Ctrl+S wrote no export.)

#include "app/export/exportpreferences.h"
#include "app/model/qamodel.h"
#include "app/session/documentsession.h"
#include "tests/support/testsupport.h"
#include "ui/export/exportdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

class TestExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void leavingKeepsTheChoice_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("Escape") << QStringLiteral("escape");
        QTest::newRow("Close button") << QStringLiteral("close");
        QTest::newRow("window closed") << QStringLiteral("window");
    }

    void leavingKeepsTheChoice()
    {
        QFETCH(QString, how);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("doc.md"));
        QVERIFY(TestSupport::writeFile(path, TestSupport::sampleBytes()));
        QaModel model;
        DocumentSession session(&model);
        LoadError error;
        QVERIFY(session.open(path, &error));
        QVERIFY(!ExportPreferences::load(session.filePath()).exportOnSave);

        ExportDialog dialog(&session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCheckBox *exportOnSave = nullptr;
        for (QCheckBox *box : dialog.findChildren<QCheckBox *>()) {
            if (box->text().contains(QStringLiteral("Export on")))
                exportOnSave = box;
        }
        QVERIFY(exportOnSave);
        exportOnSave->click();
        QVERIFY(exportOnSave->isChecked());
        if (how == QLatin1String("escape"))
            QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &dialog, Qt::Key_Escape);
        else if (how == QLatin1String("close"))
            QMetaObject::invokeMethod(&dialog, "reject");
        else
            dialog.close();
        QTRY_VERIFY(!dialog.isVisible());
        QVERIFY(ExportPreferences::load(session.filePath()).exportOnSave);
        ExportPreferences reset = ExportPreferences::load(session.filePath());
        reset.exportOnSave = false;
        reset.save(session.filePath());
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
