#include "app/document/qadocument.h"

#include "app/document/documentfilereader.h"
#include "app/document/documentparser.h"
#include "app/document/documentwriter.h"
#include "app/document/headingquestion.h"
#include "app/status/answerclassifier.h"
#include "app/base/twoparts.h"
#include "app/base/utf8validator.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <cstring>

namespace {

QByteArray dominantLineEnding(const QByteArray &bytes)
{
    // memchr from line to line: this runs on every load of a 65 MB file.
    qsizetype crlf = 0, lf = 0;
    const char *begin = bytes.constData();
    const char *end = begin + bytes.size();
    for (const char *p = begin; p < end;) {
        const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        if (!nl)
            break;
        if (nl > begin && nl[-1] == '\r')
            ++crlf;
        else
            ++lf;
        p = nl + 1;
    }
    return crlf > lf ? QByteArray("\r\n") : QByteArray("\n");
}

QByteArray withLineEnding(const QString &text, const QByteArray &eol)
{
    QByteArray bytes = text.toUtf8();
    bytes.replace("\r\n", "\n");
    if (eol != "\n")
        bytes.replace("\n", eol);
    return bytes;
}

} // namespace

QaDocument::QaDocument()
{
    m_sections.emplace_back();
    rebuildCounts();
}

std::optional<QaDocument> QaDocument::fromBytes(const QByteArray &bytes, const QString &name,
                                                LoadError *error)
{
    return fromBytes(bytes, name, DocumentParser::Options(), error);
}

std::array<int, QaLabel::dialectCount> QaDocument::dialectCounts() const
{
    std::array<int, QaLabel::dialectCount> counts{};
    for (const QaSection &section : m_sections) {
        for (int i = 0; i < section.entryCount(); ++i)
            ++counts[size_t(section.entry(i).dialect())];
    }
    return counts;
}

std::optional<QaDocument> QaDocument::fromBytes(const QByteArray &bytes, const QString &name,
                                                const DocumentParser::Options &options, LoadError *error)
{
    const Utf8Validator::Result check = Utf8Validator::check(bytes);
    if (!check.ok()) {
        if (error) {
            error->offset = check.offset;
            error->message = check.problem == Utf8Validator::Problem::NulByte
                ? QCoreApplication::translate("QaDocument", "%1: contains a NUL byte at byte offset %2 (binary file?)")
                      .arg(name, QString::number(check.offset))
                : QCoreApplication::translate("QaDocument", "%1: not valid UTF-8 at byte offset %2").arg(name, QString::number(check.offset));
        }
        return std::nullopt;
    }
    QaDocument document;
    document.m_source = bytes;
    document.m_name = name;
    document.m_eol = dominantLineEnding(bytes);
    document.m_options = options;
    document.m_sections = DocumentParser::parse(document.m_source, options);
    document.m_preambleListed = document.m_sections.front().entryCount() > 0;
    document.classifyAll();
    document.rebuildCounts();
    return document;
}

std::optional<QaDocument> QaDocument::fromFile(const QString &path, LoadError *error)
{
    return fromFile(path, DocumentParser::Options(), error);
}

std::optional<QaDocument> QaDocument::fromFile(const QString &path, const DocumentParser::Options &options,
                                               LoadError *error)
{
    QByteArray bytes;
    QString message;
    if (DocumentFileReader::read(path, &bytes, &message) != DocumentFileReader::Outcome::Read) {
        if (error) {
            error->message = message;
            error->offset = -1;
        }
        return std::nullopt;
    }
    return fromBytes(bytes, path, options, error);
}

QByteArray QaDocument::toBytes() const
{
    return DocumentWriter::write(m_sections, m_source.size(), m_eol, m_options.fallbackSpelling(), m_options.forced.has_value());
}

bool QaDocument::writeTo(const std::function<bool(const QByteArray &piece)> &sink, qsizetype pieceSize) const
{
    return DocumentWriter::write(m_sections, m_eol, sink, pieceSize, m_options.fallbackSpelling(), m_options.forced.has_value());
}

QString QaDocument::preambleText() const
{
    QString text = m_sections.front().bodyText();
    if (text.startsWith(QChar(0xFEFF))) // a byte order mark is not text
        text.remove(0, 1);
    return text;
}

QString QaDocument::title() const
{
    const QStringList lines = preambleText().split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString t = line.trimmed();
        if (t.startsWith(QLatin1String("# ")))
            return t.mid(2).trimmed();
    }
    return QFileInfo(m_name).completeBaseName();
}

QString QaDocument::summary() const
{
    const QStringList lines = preambleText().split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString t = line.trimmed();
        if (t.startsWith(QLatin1Char('>')))
            return t.mid(1).trimmed();
    }
    return {};
}

int QaDocument::sectionCount() const
{
    return int(m_sections.size()) - firstVisible();
}

const QaSection &QaDocument::section(int index) const
{
    return m_sections[size_t(internal(index))];
}

int QaDocument::entryCount() const
{
    return m_entriesBefore.back();
}

bool QaDocument::contains(EntryRef ref) const
{
    return ref.isValid() && ref.section < sectionCount() && ref.index < section(ref.section).entryCount();
}

const QaEntry &QaDocument::entry(EntryRef ref) const
{
    return section(ref.section).entry(ref.index);
}

int QaDocument::entryNumber(EntryRef ref) const
{
    return m_entriesBefore[size_t(internal(ref.section))] + ref.index + 1;
}

EntryRef QaDocument::entryRef(int number) const
{
    if (number < 1 || number > entryCount())
        return {};
    // m_entriesBefore is sorted: find the last section starting before `number`.
    auto it = std::upper_bound(m_entriesBefore.begin(), m_entriesBefore.end() - 1, number - 1);
    int internalSection = int(it - m_entriesBefore.begin()) - 1;
    while (m_sections[size_t(internalSection)].entryCount() == 0)
        --internalSection; // not reached for valid numbers; defensive
    return {internalSection - firstVisible(), number - 1 - m_entriesBefore[size_t(internalSection)]};
}

std::vector<EntryRef> QaDocument::allEntries() const
{
    std::vector<EntryRef> refs;
    refs.reserve(size_t(entryCount()));
    for (int s = 0; s < sectionCount(); ++s) {
        for (int i = 0; i < section(s).entryCount(); ++i)
            refs.push_back({s, i});
    }
    return refs;
}

void QaDocument::classifyAll()
{
    // Both halves of a large document at once: the window's load and
    // `quire check` wait for this (~35 ms for 60,000 entries on one core).
    size_t entries = 0;
    for (const QaSection &section : m_sections)
        entries += size_t(section.entryCount());
    size_t half = 0, seen = 0;
    while (half < m_sections.size() && seen < entries / 2)
        seen += size_t(m_sections[half++].entryCount());
    runInTwoParts(twoPartsPay(qsizetype(entries)), [this, half](int part) {
        const size_t begin = part == 0 ? 0 : half, end = part == 0 ? half : m_sections.size();
        for (size_t s = begin; s < end; ++s) {
            for (int i = 0; i < m_sections[s].entryCount(); ++i)
                classify(m_sections[s].entry(i));
        }
    });
}

void QaDocument::classify(QaEntry &entry) const
{
    entry.setStatus(AnswerClassifier::classify(entry.hasAnswerField(), entry.answerUtf8()));
}

void QaDocument::rebuildCounts()
{
    m_entriesBefore.assign(m_sections.size() + 1, 0);
    for (size_t s = 0; s < m_sections.size(); ++s)
        m_entriesBefore[s + 1] = m_entriesBefore[s] + m_sections[s].entryCount();
}

void QaDocument::setQuestion(EntryRef ref, const QString &text)
{
    QaEntry &e = m_sections[size_t(internal(ref.section))].entry(ref.index);
    e.setQuestion(text);
}

void QaDocument::setAnswer(EntryRef ref, const QString &text)
{
    QaEntry &e = m_sections[size_t(internal(ref.section))].entry(ref.index);
    e.setAnswer(text);
    classify(e);
}

void QaDocument::replaceEntry(EntryRef ref, const QaEntry &entry)
{
    QaEntry &e = m_sections[size_t(internal(ref.section))].entry(ref.index);
    e = entry;
    classify(e);
}

EntryRef QaDocument::insertEntry(int section, int index, const QaEntry &entry)
{
    // Inserting into an invisible preamble would shift section indexes; the
    // public API only reaches listed sections.
    const int s = internal(section);
    QaEntry copy = entry;
    classify(copy);
    m_sections[size_t(s)].insertEntry(index, copy);
    rebuildCounts();
    return {s - firstVisible(), index};
}

EntryRef QaDocument::addEntry(int section, int index, const QString &question, const QString &answer)
{
    return insertEntry(section, index, QaEntry(question, answer));
}

QaEntry QaDocument::removeEntry(EntryRef ref)
{
    QaEntry entry = m_sections[size_t(internal(ref.section))].takeEntry(ref.index);
    rebuildCounts();
    return entry;
}

EntryRef QaDocument::moveEntry(EntryRef from, int toSection, int toIndex)
{
    const int target = internal(toSection);
    QaEntry entry = m_sections[size_t(internal(from.section))].takeEntry(from.index);
    m_sections[size_t(target)].insertEntry(toIndex, entry);
    rebuildCounts();
    return {target - firstVisible(), toIndex};
}

QByteArray QaDocument::headingLineFor(const QString &title) const
{
    // Looked for only here: a scan of the whole file is not for every load.
    return HeadingQuestion::sectionHeading(title, HeadingQuestion::hasFaqTitle(m_source));
}

int QaDocument::addSection(int index, const QString &title)
{
    QaSection section;
    section.setHeading(headingLineFor(title) + m_eol, title.simplified(), 0, true);
    const int at = std::clamp(internal(index), 1, int(m_sections.size()));
    m_sections.insert(m_sections.begin() + at, section);
    rebuildCounts();
    return at - firstVisible();
}

void QaDocument::renameSection(int section, const QString &title)
{
    QaSection &s = m_sections[size_t(internal(section))];
    if (!s.hasHeading() || s.title() == title)
        return;
    const bool hadLineEnd = s.headingRaw().endsWith('\n');
    QByteArray raw = headingLineFor(title);
    if (hadLineEnd)
        raw += m_eol;
    s.setHeading(raw, title.simplified(), s.line(), s.headingPlaced());
}

QString QaDocument::proseText(int section) const
{
    return this->section(section).bodyText().trimmed();
}

void QaDocument::setProseText(int section, const QString &text)
{
    QaSection &s = m_sections[size_t(internal(section))];
    if (!s.isProse() || proseText(section) == text.trimmed())
        return;
    // Keep the blank lines around the text as they were.
    QByteArray body;
    for (const DocumentPiece &piece : s.pieces())
        body += piece.raw;
    // White space as bytes is ASCII only: QChar::isSpace would take the
    // continuation byte of a UTF-8 no-break space (0xA0) or NEL (0x85) for
    // one and cut the character in half.
    auto isSpace = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
    qsizetype lead = 0;
    while (lead < body.size() && isSpace(body[lead]))
        ++lead;
    qsizetype tail = body.size();
    while (tail > lead && isSpace(body[tail - 1]))
        --tail;
    // Spaces that ended the old text's last line go with the old text.
    while (tail < body.size() && (body[tail] == ' ' || body[tail] == '\t'))
        ++tail;
    QByteArray leading = body.left(lead);
    QByteArray trailing = body.mid(tail);
    if (leading.isEmpty() && s.hasHeading())
        leading = m_eol;
    if (trailing.isEmpty())
        trailing = m_eol;
    std::vector<DocumentPiece> pieces;
    pieces.push_back(DocumentPiece::rawPiece(leading + withLineEnding(text.trimmed(), m_eol) + trailing, false));
    s.replaceBody(std::move(pieces));
}

void QaDocument::restoreSection(int section, const QaSection &snapshot)
{
    m_sections[size_t(internal(section))] = snapshot;
    rebuildCounts();
}

void QaDocument::removeSection(int section)
{
    m_sections.erase(m_sections.begin() + internal(section));
    rebuildCounts();
}

void QaDocument::insertSectionSnapshot(int section, const QaSection &snapshot)
{
    m_sections.insert(m_sections.begin() + internal(section), snapshot);
    rebuildCounts();
}
