#include "ui/compare/comparedialog.h"

#include "app/document/qadocument.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

struct Item
{
    QString section;
    QString question;
    QString answer;
    bool used = false;
};

QList<Item> itemsOf(const QaDocument &document)
{
    QList<Item> items;
    for (int s = 0; s < document.sectionCount(); ++s) {
        const QaSection &section = document.section(s);
        if (section.isProse()) {
            items.append({section.title(), QCoreApplication::translate("CompareDialog", "(section text)"),
                          document.proseText(s)});
            continue;
        }
        for (int i = 0; i < section.entryCount(); ++i)
            items.append({section.title(), section.entry(i).question(), section.entry(i).answer()});
    }
    return items;
}

QString key(const Item &item)
{
    return item.section.simplified() + QLatin1Char('\x1f') + item.question.simplified();
}

} // namespace

CompareDialog::CompareDialog(const QaDocument &left, const QString &leftTitle, const QaDocument &right,
                             const QString &rightTitle, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Compare Versions"));
    QList<Item> a = itemsOf(left);
    QList<Item> b = itemsOf(right);
    QMultiHash<QString, int> byKey;
    for (int j = 0; j < b.size(); ++j)
        byKey.insert(key(b[j]), j);
    for (int i = 0; i < a.size(); ++i) {
        int match = -1;
        const auto candidates = byKey.values(key(a[i]));
        for (int j : candidates) {
            if (!b[j].used && (match < 0 || j < match))
                match = j;
        }
        if (match < 0 && i < b.size() && !b[i].used && b[i].section == a[i].section)
            match = i; // same place, question edited
        Row row{a[i].section, a[i].question, a[i].answer, QString(), true, false};
        if (match >= 0) {
            b[match].used = true;
            row.right = b[match].answer;
            row.rightPresent = true;
            if (b[match].question != a[i].question) {
                row.questionChanged = true;
                row.question += QStringLiteral("\n→ ") + b[match].question;
            }
        }
        m_rows.append(row);
    }
    for (const Item &item : b) {
        if (!item.used)
            m_rows.append({item.section, item.question, QString(), item.answer, false, true});
    }
    for (const Row &row : m_rows)
        m_differences += row.differs() ? 1 : 0;

    m_summary = new QLabel(this);
    m_summary->setText(m_differences == 0 ? tr("The two versions have the same entries and answers.")
                                          : tr("%n entries differ.", nullptr, m_differences));
    m_showUnchanged = new QCheckBox(tr("Show &unchanged entries"), this);
    m_table = new QTableWidget(this);
    m_table->setAccessibleName(tr("Differences"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Question"), leftTitle, rightTitle});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setWordWrap(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_showUnchanged, &QCheckBox::toggled, this, &CompareDialog::fill);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_showUnchanged);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(1100, 700);
    fill(false);
}

void CompareDialog::fill(bool showUnchanged)
{
    m_table->setRowCount(0);
    const QColor changed = palette().color(QPalette::Base).lightness() < 128 ? QColor(0x5a, 0x4a, 0x10)
                                                                            : QColor(0xff, 0xf1, 0xb8);
    for (const Row &row : m_rows) {
        if (!showUnchanged && !row.differs())
            continue;
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        auto *question = new QTableWidgetItem(row.section + QStringLiteral("\n") + row.question);
        auto *left = new QTableWidgetItem(row.leftPresent ? row.left : tr("(not in this version)"));
        auto *right = new QTableWidgetItem(row.rightPresent ? row.right : tr("(not in this version)"));
        if (row.differs()) {
            left->setBackground(changed);
            right->setBackground(changed);
        }
        m_table->setItem(r, 0, question);
        m_table->setItem(r, 1, left);
        m_table->setItem(r, 2, right);
    }
}
