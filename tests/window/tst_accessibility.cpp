// Accessibility and the keyboard: every interactive widget of the main
// window and its dialogs has a name a screen reader can say, and the panels
// are reached with the keyboard alone (Tab and shortcuts).

#include "app/base/apptranslations.h"
#include "ui/editor/entryeditor.h"
#include "ui/list/entrylistpanel.h"
#include "ui/export/exportdialog.h"
#include "ui/window/mainwindow.h"
#include "ui/common/messagebar.h"
#include "ui/editor/markdowneditor.h"
#include "ui/preview/previewview.h"
#include "app/model/qamodel.h"
#include "ui/list/sectiontabbar.h"
#include "ui/window/shortcutsdialog.h"
#include "tests/support/testsupport.h"

#include <QAbstractButton>
#include <QAbstractSlider>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QIcon>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QUndoStack>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QHeaderView>

namespace {

// Something the user can operate: it takes focus, or it is a button or a slider.
bool isInteractive(const QWidget *widget)
{
    if (qobject_cast<const QScrollBar *>(widget))
        return false; // part of its scroll area, which has the name
    return widget->focusPolicy() != Qt::NoFocus || qobject_cast<const QAbstractButton *>(widget)
        || qobject_cast<const QAbstractSlider *>(widget);
}

// A part whose whole is what assistive technology announces: the line edit
// of an editable combo box, a widget that passes its focus on, the widget a
// parent passes its focus to (WebEngine's render widget in the preview).
const QWidget *namedWhole(const QWidget *widget)
{
    const QWidget *parent = widget->parentWidget();
    if (parent && (qobject_cast<const QComboBox *>(parent) || parent->focusProxy() == widget))
        return parent;
    if (widget->focusProxy())
        return widget->focusProxy();
    return widget;
}

QString accessibleName(const QWidget *widget)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(const_cast<QWidget *>(widget));
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

QString describe(const QWidget *widget)
{
    QStringList path;
    for (const QWidget *w = widget; w; w = w->parentWidget())
        path.prepend(QString::fromLatin1(w->metaObject()->className())
                     + (w->objectName().isEmpty() ? QString() : QLatin1Char('#') + w->objectName()));
    return path.join(QLatin1String(" > "));
}

// Every interactive widget shown in `root`'s own window (popups and menus
// are other windows) without a name.
QStringList unnamedWidgets(QWidget *root)
{
    QStringList unnamed;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (const QWidget *widget : std::as_const(widgets)) {
        if (widget->window() != root->window() || !widget->isVisible() || !isInteractive(widget))
            continue;
        const QWidget *whole = namedWhole(widget);
        if (accessibleName(widget).isEmpty() && accessibleName(whole).isEmpty())
            unnamed.append(describe(widget));
    }
    return unnamed;
}

QStringList interactiveWidgets(QWidget *root)
{
    QStringList found;
    for (const QWidget *widget : root->findChildren<QWidget *>()) {
        if (widget->window() == root->window() && widget->isVisible() && isInteractive(widget))
            found.append(describe(widget) + QLatin1String(": ") + accessibleName(namedWhole(widget)));
    }
    return found;
}

int interactiveCount(QWidget *root)
{
    return interactiveWidgets(root).size();
}


// The Alt+letter keys of everything shown in `root`'s window: menu titles,
// labels of buddies, buttons. Two things on one key make Qt do neither.
QMultiMap<QChar, QString> mnemonics(QWidget *root)
{
    QMultiMap<QChar, QString> keys;
    auto add = [&keys](const QString &text) {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) != QLatin1Char('&'))
                continue;
            if (text.at(i + 1) != QLatin1Char('&')) {
                keys.insert(text.at(i + 1).toLower(), text);
                return;
            }
            ++i; // "&&" is a literal ampersand
        }
    };
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->window() != root->window() || !widget->isVisible())
            continue;
        if (auto *bar = qobject_cast<QMenuBar *>(widget)) {
            for (const QAction *action : bar->actions())
                add(action->text());
        } else if (auto *label = qobject_cast<QLabel *>(widget)) {
            if (label->buddy())
                add(label->text());
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            add(button->text());
        }
    }
    return keys;
}

QStringList clashes(const QMultiMap<QChar, QString> &keys)
{
    QStringList found;
    for (const QChar key : keys.uniqueKeys()) {
        const QStringList texts = keys.values(key);
        if (texts.size() > 1)
            found.append(QStringLiteral("Alt+%1: %2").arg(key, texts.join(QLatin1String(" | "))));
    }
    return found;
}
} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("portfolio-qa.md"));
        QFile::remove(path);
        QVERIFY(TestSupport::writeFile(path, TestSupport::sampleBytes()));
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1300, 850);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(m_window->openFile(path));
        m_window->showSection(2); // a section with entries needing attention
    }

    void cleanup()
    {
        m_window->model()->undoStack()->setClean();
        m_window->close();
        m_window.reset();
    }

    void mainWindowWidgetsAreNamed()
    {
        // A message with its buttons, as after a crash or an outside change.
        m_window->messageBar()->showMessage(MessageBar::Kind::Warning, QStringLiteral("Something happened."));
        m_window->messageBar()->addAction(QStringLiteral("&Do It"), [] {});
        QVERIFY(m_window->messageBar()->isVisible());
        QCoreApplication::processEvents(); // a layout shows the new button from the event loop
        qInfo().noquote() << "interactive widgets:\n" + interactiveWidgets(m_window.get()).join(QLatin1Char('\n'));
        QVERIFY2(interactiveCount(m_window.get()) >= 10, qPrintable(interactiveWidgets(m_window.get()).join(QLatin1Char('\n'))));
        const QStringList unnamed = unnamedWidgets(m_window.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(QLatin1String("\n") + unnamed.join(QLatin1Char('\n'))));
    }

    // Review mode on and every panel (dock) shown: candidates, similar
    // questions, overview, orphaned reviews.
    void panelsAndReviewModeAreNamed()
    {
        auto *reviewMode = m_window->findChild<QAction *>(QStringLiteral("reviewModeAction"));
        QVERIFY(reviewMode);
        reviewMode->setChecked(true);
        const QList<QDockWidget *> docks = m_window->findChildren<QDockWidget *>();
        QVERIFY(docks.size() >= 4);
        for (QDockWidget *dock : docks)
            dock->show();
        QCoreApplication::processEvents();
        qInfo().noquote() << "interactive widgets:\n" + interactiveWidgets(m_window.get()).join(QLatin1Char('\n'));
        const QStringList unnamed = unnamedWidgets(m_window.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(QLatin1String("\n") + unnamed.join(QLatin1Char('\n'))));
    }

    void exportDialogWidgetsAreNamed()
    {
        ExportDialog dialog(m_window->session(), m_window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(interactiveCount(&dialog) >= 6);
        const QStringList unnamed = unnamedWidgets(&dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(QLatin1String("\n") + unnamed.join(QLatin1Char('\n'))));
    }

    void shortcutsDialogWidgetsAreNamed()
    {
        ShortcutsDialog dialog(m_window->menuBar(), m_window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(interactiveCount(&dialog) >= 2);
        const QStringList unnamed = unnamedWidgets(&dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(QLatin1String("\n") + unnamed.join(QLatin1Char('\n'))));
    }

    // Every heading in the shortcuts list has shortcuts under it (Tools has
    // only a submenu without any).
    void shortcutsDialogHasNoEmptyHeadings()
    {
        ShortcutsDialog dialog(m_window->menuBar(), m_window.get());
        QTreeWidget *tree = dialog.tree();
        QVERIFY(tree->topLevelItemCount() >= 3); // File, Edit, Go at least
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            QTreeWidgetItem *group = tree->topLevelItem(i);
            QVERIFY2(group->childCount() > 0, qPrintable(group->text(0)));
        }
    }

    // The application icon is the embedded SVG, drawn at the screen's scale
    // (needs Qt's SVG icon engine, libqt6svg6).
    void applicationIconIsScalable()
    {
        const QIcon icon(QStringLiteral(":/quire/icons/quire.svg"));
        QVERIFY(!icon.isNull());
        for (const qreal scale : {1.0, 2.0}) {
            const QPixmap pixmap = icon.pixmap(QSize(64, 64), scale);
            QCOMPARE(pixmap.size(), QSize(64, 64) * scale);
            QCOMPARE(pixmap.devicePixelRatio(), scale);
        }
    }

    // Every shortcut can be read whole: no column cut off, no sideways scrolling.
    void shortcutsDialogShowsWholeShortcuts()
    {
        ShortcutsDialog dialog(m_window->menuBar(), m_window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTreeWidget *tree = dialog.tree();
        QTRY_VERIFY(tree->viewport()->width() > 0);
        QVERIFY2(tree->header()->length() <= tree->viewport()->width(),
                 qPrintable(QStringLiteral("%1 > %2").arg(tree->header()->length()).arg(tree->viewport()->width())));
        QVERIFY(!tree->horizontalScrollBar()->isVisible());
    }

    // Tab from the search field walks through every panel and comes back.
    void tabReachesEveryPanel()
    {
        QLineEdit *search = m_window->listPanel()->searchField();
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier); // Go → Find
        QTRY_COMPARE(QApplication::focusWidget(), search);
        QList<QWidget *> visited;
        for (int i = 0; i < 40 && (visited.isEmpty() || QApplication::focusWidget() != search); ++i) {
            QWidget *focus = QApplication::focusWidget();
            visited.append(focus);
            // Tab indents in the answer; Ctrl+Tab leaves it.
            auto *text = qobject_cast<QPlainTextEdit *>(focus);
            QTest::keyClick(focus, Qt::Key_Tab,
                            text && !text->tabChangesFocus() ? Qt::ControlModifier : Qt::NoModifier);
        }
        QVERIFY(m_window->model()->undoStack()->isClean()); // walking typed nothing
        QCOMPARE(QApplication::focusWidget(), search); // the chain is a cycle
        auto reached = [&](QWidget *panel) {
            return std::any_of(visited.begin(), visited.end(), [panel](QWidget *w) {
                return w == panel || panel->isAncestorOf(w) || w->focusProxy() == panel;
            });
        };
        EntryEditor *editor = m_window->editor();
        QVERIFY(reached(m_window->listPanel()->findChild<QListView *>(QStringLiteral("entryList"))));
        QVERIFY(reached(m_window->listPanel()->findChild<QComboBox *>(QStringLiteral("statusFilter"))));
        QVERIFY(reached(editor->findChild<MarkdownEditor *>(QStringLiteral("questionEditor"))));
        QVERIFY(reached(editor->findChild<MarkdownEditor *>(QStringLiteral("answerEditor"))));
        QVERIFY(reached(editor->preview()));
        QVERIFY(reached(m_window->tabBar()));
    }

    // No two menus, labels or buttons shown together share an Alt+letter, in
    // English and in German, in an entry and in a prose section.
    void mnemonicsAreUnique_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedStates);
        QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany);
    }

    void mnemonicsAreUnique()
    {
        QFETCH(QLocale, locale);
        AppTranslations::install(qApp, locale);
        MainWindow window;
        window.resize(1300, 850);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(QStringLiteral(QUIRE_SAMPLE)));
        for (QDockWidget *dock : window.findChildren<QDockWidget *>())
            dock->hide(); // whatever the settings of an earlier test left open
        QStringList found;
        // Each panel in turn in front (panels in one dock area share tabs).
        QList<QDockWidget *> docks = window.findChildren<QDockWidget *>();
        docks.prepend(nullptr); // no panel raised
        for (QDockWidget *dock : std::as_const(docks)) {
            if (dock) {
                dock->show();
                dock->raise();
            }
            for (const int section : {0, 2}) { // prose (Background), then entries
                window.showSection(section);
                QCoreApplication::processEvents();
                const QMultiMap<QChar, QString> keys = mnemonics(&window);
                QVERIFY(keys.size() >= 7);
                for (const QString &clash : clashes(keys)) {
                    if (!found.contains(clash))
                        found.append(clash);
                }
            }
        }
        AppTranslations::install(qApp, QLocale::c());
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    // The editors by their labels' mnemonics (Alt+Q, Alt+A), the list by Find.
    void shortcutsReachTheEditors()
    {
        EntryEditor *editor = m_window->editor();
        QTest::keyClick(m_window.get(), Qt::Key_A, Qt::AltModifier);
        QTRY_COMPARE(QApplication::focusWidget(),
                     static_cast<QWidget *>(editor->findChild<MarkdownEditor *>(QStringLiteral("answerEditor"))));
        QTest::keyClick(m_window.get(), Qt::Key_Q, Qt::AltModifier);
        QTRY_COMPARE(QApplication::focusWidget(),
                     static_cast<QWidget *>(editor->findChild<MarkdownEditor *>(QStringLiteral("questionEditor"))));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
