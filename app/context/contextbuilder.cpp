#include "app/context/contextbuilder.h"

#include "app/base/displaypath.h"
#include "app/base/regularfile.h"
#include "app/base/utf8validator.h"
#include "app/context/contextxml.h"
#include "app/context/linktarget.h"
#include "app/context/llmstxtparser.h"
#include "app/document/qadocument.h"
#include "app/export/contextexporter.h"
#include "app/review/reviewstore.h"
#include "app/tokens/tokencounter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>

namespace {

// What one link contributes, before it is wrapped in its <doc>.
struct Contribution
{
    bool present = false;
    QByteArray content; // UTF-8, unescaped
};

class Builder
{
public:
    Builder(const QString &path, const ContextOptions &options) : m_options(options)
    {
        m_result.file = QFileInfo(path).absoluteFilePath();
        m_result.encoding = options.encoding;
        m_folder = QFileInfo(m_result.file).absolutePath();
    }

    ContextResult run()
    {
        QByteArray bytes;
        QString error;
        if (!RegularFile::readAll(m_result.file, &bytes, &error)) {
            m_result.fatal = error;
            return m_result;
        }
        const LlmsTxt llms = LlmsTxtParser::parse(bytes);
        m_result.title = llms.title;
        m_result.warnings = llms.warnings;
        QByteArray &out = m_result.text;
        ContextXml::openProject(out, llms.title, llms.summary);
        ContextXml::text(out, llms.prose.toUtf8());
        for (const LlmsSection &section : llms.sections)
            m_result.sections.append(buildSection(section));
        ContextXml::closeProject(out);
        m_result.tokens = TokenCounter::count(QByteArrayView(out), m_options.encoding);
        auto byLine = [](const ContextWarning &a, const ContextWarning &b) { return a.line < b.line; };
        std::stable_sort(m_result.warnings.begin(), m_result.warnings.end(), byLine);
        std::stable_sort(m_result.errors.begin(), m_result.errors.end(), byLine);
        return m_result;
    }

private:
    ContextSection buildSection(const LlmsSection &llmsSection)
    {
        ContextSection section;
        section.name = llmsSection.name;
        section.line = llmsSection.line;
        section.optional = llmsSection.optional;
        section.included = !llmsSection.optional || m_options.includeOptional;
        QByteArray element;
        ContextXml::openSection(element, section.name);
        for (const LlmsLink &link : llmsSection.links) {
            ContextDoc doc;
            doc.title = link.name;
            doc.notes = link.notes;
            doc.url = link.url;
            doc.line = link.line;
            const Contribution contribution = read(doc, section.included);
            if (!contribution.present) {
                section.docs.append(doc);
                continue;
            }
            QByteArray docElement;
            ContextXml::doc(docElement, doc.title, doc.notes, contribution.content);
            doc.tokens = TokenCounter::count(QByteArrayView(docElement), m_options.encoding);
            element.append(docElement);
            section.docs.append(doc);
        }
        ContextXml::closeSection(element, section.name);
        if (section.included) {
            section.tokens = TokenCounter::count(QByteArrayView(element), m_options.encoding);
            m_result.text.append(element);
        } else {
            for (ContextDoc &doc : section.docs)
                doc.tokens = 0;
        }
        return section;
    }

    void warn(int line, const QString &message, bool included)
    {
        if (included)
            m_result.warnings.append({line, message});
    }

    Contribution read(ContextDoc &doc, bool included)
    {
        const LinkTarget target = LinkTarget::resolve(doc.url, m_folder);
        switch (target.kind) {
        case LinkTarget::Kind::Local: return readLocal(doc, target.path, included);
        case LinkTarget::Kind::Remote: return readRemote(doc, target.url, included);
        case LinkTarget::Kind::Unsupported: break;
        }
        doc.status = ContextDoc::Status::Skipped;
        warn(doc.line, QCoreApplication::translate("ContextBuilder", "a link Quire does not read (only files and http/https): %1; left out").arg(doc.url), included);
        return {};
    }

    Contribution readLocal(ContextDoc &doc, const QString &path, bool included)
    {
        doc.path = path;
        QByteArray bytes;
        QString error;
        if (!RegularFile::readAll(path, &bytes, &error)) {
            doc.status = ContextDoc::Status::Missing;
            const QString message = QCoreApplication::translate("ContextBuilder", "%1 (linked as %2)").arg(error, displayPath(doc.url));
            if (included)
                m_result.errors.append({doc.line, message});
            else
                m_result.warnings.append({doc.line, QCoreApplication::translate("ContextBuilder", "%1; in the Optional section, which is left out").arg(message)});
            return {};
        }
        doc.kind = ContextDoc::Kind::File;
        if (const std::optional<QaDocument> document = asQaDocument(bytes, QFileInfo(path).completeBaseName())) {
            doc.kind = ContextDoc::Kind::Qa;
            doc.readAsQa = true;
            return {true, qaContent(doc, path, *document, included)};
        }
        return {true, text(doc, bytes, included)};
    }

    // The one rule for every linked document, local or remote: Quire reads
    // it as a Q&A document when it parses as one with at least one entry.
    static std::optional<QaDocument> asQaDocument(const QByteArray &bytes, const QString &name)
    {
        std::optional<QaDocument> document = QaDocument::fromBytes(bytes, name);
        if (document && document->entryCount() > 0)
            return document;
        return std::nullopt;
    }

    QByteArray qaContent(ContextDoc &doc, const QString &path, const QaDocument &document, bool included)
    {
        ExportOptions options;
        options.format = ExportOptions::Format::Markdown;
        ReviewStore reviews;
        if (m_options.onlyApproved) {
            if (!reviews.load(path, &document, ReviewStore::Mode::ReadOnly)) {
                // Without readable reviews nothing could be called approved.
                if (included)
                    m_result.errors.append({doc.line, reviews.problem()});
                return {};
            }
            if (!QFileInfo::exists(reviews.sidecarPath()))
                warn(doc.line, QCoreApplication::translate("ContextBuilder", "%1: no reviews yet, so no answer is approved").arg(displayPath(reviews.sidecarPath())),
                     included);
            options.entryFilter = [&reviews](const QaEntry &entry) { return reviews.isApprovedAsIs(entry); };
        }
        return ContextExporter::exportBytes(document, options);
    }

    QByteArray text(const ContextDoc &doc, const QByteArray &bytes, bool included)
    {
        if (Utf8Validator::check(bytes).problem != Utf8Validator::Problem::InvalidUtf8)
            return bytes;
        warn(doc.line, QCoreApplication::translate("ContextBuilder", "%1 is not UTF-8 text; its invalid bytes are replaced").arg(displayPath(doc.url)), included);
        return QString::fromUtf8(bytes).toUtf8();
    }

    Contribution readRemote(ContextDoc &doc, const QString &url, bool included)
    {
        doc.kind = ContextDoc::Kind::Remote;
        const RemoteCache cache(m_options.cacheFolder);
        const std::optional<RemoteCache::Entry> cached = cache.find(url);
        const auto fetched = m_options.fetched.constFind(url);
        const bool fetchedNow = fetched != m_options.fetched.constEnd()
            && fetched->result != RemoteFetcher::Outcome::Result::Failed;
        if (cached)
            doc.path = cached->bodyPath;
        if (cached && fetchedNow) {
            doc.status = ContextDoc::Status::Ok;
        } else if (cached) {
            doc.status = ContextDoc::Status::Cached;
            if (fetched != m_options.fetched.constEnd())
                warn(doc.line, QCoreApplication::translate("ContextBuilder", "%1: %2; the cached copy of %3 is used")
                                   .arg(url, fetched->error, cached->fetched.toUTC().toString(Qt::ISODate)), included);
        } else if (fetched != m_options.fetched.constEnd()) {
            doc.status = ContextDoc::Status::Missing;
            warn(doc.line, QCoreApplication::translate("ContextBuilder", "%1: %2; left out").arg(url, fetched->error), included);
            return {};
        } else {
            doc.status = ContextDoc::Status::Skipped;
            warn(doc.line, QCoreApplication::translate("ContextBuilder", "%1 was never fetched; left out (Fetch in the Context panel or quire context --fetch fetches it)").arg(url), included);
            return {};
        }
        // A remote Q&A document contributes its export, as a local one does.
        // It has no review sidecar here, so with only approved answers
        // nothing of it is approved (as a local one without reviews).
        const QString name = QFileInfo(QUrl(url).path()).completeBaseName();
        if (const std::optional<QaDocument> document = asQaDocument(cached->body, name)) {
            doc.readAsQa = true;
            ExportOptions options;
            options.format = ExportOptions::Format::Markdown;
            if (m_options.onlyApproved) {
                warn(doc.line, QCoreApplication::translate("ContextBuilder", "%1: a remote Q&A document has no reviews, so no answer of it is approved").arg(url),
                     included);
                options.entryFilter = [](const QaEntry &) { return false; };
            }
            return {true, ContextExporter::exportBytes(*document, options)};
        }
        return {true, text(doc, cached->body, included)};
    }

    const ContextOptions &m_options;
    QString m_folder;
    ContextResult m_result;
};

} // namespace

ContextResult ContextBuilder::build(const QString &llmsTxtPath, const ContextOptions &options)
{
    return Builder(llmsTxtPath, options).run();
}

QString ContextBuilder::sectionTag(const QString &name)
{
    return ContextXml::sectionTag(name);
}

QStringList ContextBuilder::remoteUrls(const QString &llmsTxtPath, bool includeOptional)
{
    QByteArray bytes;
    QString error;
    if (!RegularFile::readAll(llmsTxtPath, &bytes, &error))
        return {};
    QStringList urls;
    const QString folder = QFileInfo(llmsTxtPath).absolutePath();
    for (const LlmsSection &section : LlmsTxtParser::parse(bytes).sections) {
        if (section.optional && !includeOptional)
            continue;
        for (const LlmsLink &link : section.links) {
            const LinkTarget target = LinkTarget::resolve(link.url, folder);
            if (target.kind == LinkTarget::Kind::Remote && !urls.contains(target.url))
                urls.append(target.url);
        }
    }
    return urls;
}
