#include "app/spell/hunspellengine.h"

#include <QFile>

#include <hunspell.hxx>
#include <iconv.h>

namespace {

QByteArray iconvConvert(const QByteArray &in, const char *to, const char *from, bool *ok)
{
    *ok = false;
    iconv_t cd = iconv_open(to, from);
    if (cd == reinterpret_cast<iconv_t>(-1))
        return {};
    QByteArray out(in.size() * 4 + 16, Qt::Uninitialized);
    char *inPtr = const_cast<char *>(in.constData());
    size_t inLeft = size_t(in.size());
    char *outPtr = out.data();
    size_t outLeft = size_t(out.size());
    const size_t r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft);
    iconv_close(cd);
    if (r == size_t(-1) || inLeft != 0)
        return {};
    out.truncate(out.size() - qsizetype(outLeft));
    *ok = true;
    return out;
}

} // namespace

HunspellEngine::HunspellEngine(const SpellDictionary &dictionary)
    : m_hunspell(std::make_unique<Hunspell>(QFile::encodeName(dictionary.affPath).constData(),
                                            QFile::encodeName(dictionary.dicPath).constData()))
{
    m_encodingName = QByteArray::fromStdString(m_hunspell->get_dict_encoding()).trimmed();
    const QByteArray upper = m_encodingName.toUpper();
    if (upper == "UTF-8" || upper == "UTF8")
        m_encoding = Encoding::Utf8;
    else if (upper == "ISO8859-1" || upper == "ISO-8859-1" || upper == "LATIN1")
        m_encoding = Encoding::Latin1;
    else
        m_encoding = Encoding::Other;
}

HunspellEngine::~HunspellEngine() = default;

std::optional<bool> HunspellEngine::spell(const QString &word)
{
    bool ok = false;
    const QByteArray bytes = encode(word, &ok);
    if (!ok)
        return std::nullopt;
    return m_hunspell->spell(bytes.toStdString());
}

QStringList HunspellEngine::suggest(const QString &word)
{
    bool ok = false;
    const QByteArray bytes = encode(word, &ok);
    if (!ok)
        return {};
    QStringList suggestions;
    for (const std::string &s : m_hunspell->suggest(bytes.toStdString()))
        suggestions.append(decode(s));
    return suggestions;
}

void HunspellEngine::add(const QString &word)
{
    bool ok = false;
    const QByteArray bytes = encode(word, &ok);
    if (ok)
        m_hunspell->add(bytes.toStdString());
}

QByteArray HunspellEngine::encode(const QString &word, bool *ok) const
{
    switch (m_encoding) {
    case Encoding::Utf8:
        *ok = true;
        return word.toUtf8();
    case Encoding::Latin1:
        for (QChar c : word) {
            if (c.unicode() > 0xff) {
                *ok = false;
                return {};
            }
        }
        *ok = true;
        return word.toLatin1();
    case Encoding::Other:
        return iconvConvert(word.toUtf8(), m_encodingName.constData(), "UTF-8", ok);
    }
    *ok = false;
    return {};
}

QString HunspellEngine::decode(const std::string &bytes) const
{
    const QByteArray in = QByteArray::fromStdString(bytes);
    switch (m_encoding) {
    case Encoding::Utf8:
        return QString::fromUtf8(in);
    case Encoding::Latin1:
        return QString::fromLatin1(in);
    case Encoding::Other: {
        bool ok = false;
        const QByteArray utf8 = iconvConvert(in, "UTF-8", m_encodingName.constData(), &ok);
        return ok ? QString::fromUtf8(utf8) : QString();
    }
    }
    return {};
}
