#pragma once

#include "app/document/documentparser.h"
#include "app/document/qasection.h"

#include <QByteArray>
#include <QString>
#include <array>
#include <functional>
#include <optional>
#include <vector>

// Where an entry is: section index (as listed by QaDocument) and position
// within the section.
struct EntryRef
{
    int section = -1;
    int index = -1;
    bool isValid() const { return section >= 0 && index >= 0; }
    bool operator==(const EntryRef &o) const { return section == o.section && index == o.index; }
    bool operator!=(const EntryRef &o) const { return !(*this == o); }
};

// Why a document could not be loaded.
struct LoadError
{
    QString message;     // one line, names the file
    qsizetype offset = -1; // byte offset of bad input, -1 when not about content
};

// A question-and-answer document that can be written back byte for byte.
//
// It keeps the loaded bytes and, per section, a list of pieces (verbatim runs
// and entries). Edits change entries in place; toBytes() copies everything
// untouched and re-serializes only what changed (see DocumentWriter). Entry
// statuses are kept current on every edit, one entry at a time.
class QaDocument
{
public:
    QaDocument();

    // `name` is used in messages and as the export title fallback.
    static std::optional<QaDocument> fromBytes(const QByteArray &bytes, const QString &name,
                                               LoadError *error = nullptr);
    // Read with `options` (a dialect the user forced); new entries are then
    // labelled in that dialect where no neighbour shows a spelling.
    static std::optional<QaDocument> fromBytes(const QByteArray &bytes, const QString &name,
                                               const DocumentParser::Options &options, LoadError *error = nullptr);
    const DocumentParser::Options &parseOptions() const { return m_options; }
    // Entries per dialect, indexed by QaLabel::Dialect.
    std::array<int, QaLabel::dialectCount> dialectCounts() const;
    static std::optional<QaDocument> fromFile(const QString &path, LoadError *error = nullptr);
    static std::optional<QaDocument> fromFile(const QString &path, const DocumentParser::Options &options,
                                              LoadError *error = nullptr);

    QByteArray toBytes() const;
    // The same bytes in pieces of about `pieceSize` (a save streams them to
    // disk instead of holding a second copy); false as soon as `sink` is.
    bool writeTo(const std::function<bool(const QByteArray &piece)> &sink, qsizetype pieceSize = qsizetype(1) << 20) const;
    QString name() const { return m_name; }
    QByteArray lineEnding() const { return m_eol; }
    qsizetype loadedSize() const { return m_source.size(); }
    const QByteArray &loadedBytes() const { return m_source; } // exactly the bytes it was loaded from

    // From the preamble (text before the first `## `): "# Title" and "> summary".
    QString title() const;
    QString summary() const;
    QString preambleText() const;

    // Sections in document order. The preamble is listed (untitled, first)
    // only when it held entries when loaded.
    int sectionCount() const;
    const QaSection &section(int index) const;
    int entryCount() const;
    const QaEntry &entry(EntryRef ref) const;
    // Whether `ref` names an entry of this document (entry() needs one that does).
    bool contains(EntryRef ref) const;
    // 1-based position of an entry in the whole document, and back.
    int entryNumber(EntryRef ref) const;
    EntryRef entryRef(int number) const;
    std::vector<EntryRef> allEntries() const;

    // Edits. Each keeps statuses current.
    void setQuestion(EntryRef ref, const QString &text);
    void setAnswer(EntryRef ref, const QString &text);
    void replaceEntry(EntryRef ref, const QaEntry &entry);     // undo of the two above
    EntryRef insertEntry(int section, int index, const QaEntry &entry);
    EntryRef addEntry(int section, int index, const QString &question, const QString &answer);
    QaEntry removeEntry(EntryRef ref);
    EntryRef moveEntry(EntryRef from, int toSection, int toIndex);
    int addSection(int index, const QString &title);            // index = position among sections
    // The `## ` line (no line ending) a section titled `title` is written
    // with: one that reads back as a section (HeadingQuestion::sectionHeading).
    QByteArray headingLineFor(const QString &title) const;
    void renameSection(int section, const QString &title);
    void setProseText(int section, const QString &text);
    QString proseText(int section) const;
    // Whole-section snapshots, so undo of structural edits is exact.
    QaSection sectionSnapshot(int section) const { return m_sections[size_t(internal(section))]; }
    void restoreSection(int section, const QaSection &snapshot);
    void removeSection(int section);
    void insertSectionSnapshot(int section, const QaSection &snapshot);

private:
    int internal(int section) const { return section + firstVisible(); }
    // Decided at load, so that section indexes never shift during editing.
    int firstVisible() const { return m_preambleListed ? 0 : 1; }
    void classify(QaEntry &entry) const;
    void classifyAll(); // every entry, the halves of a large document in two threads
    void rebuildCounts();

    QByteArray m_source;
    DocumentParser::Options m_options;
    QString m_name;
    QByteArray m_eol = "\n";
    std::vector<QaSection> m_sections; // [0] is the preamble
    std::vector<int> m_entriesBefore;  // per internal section: entries in earlier sections
    bool m_preambleListed = false;     // the preamble held entries when loaded
};
