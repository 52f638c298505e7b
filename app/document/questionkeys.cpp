#include "app/document/questionkeys.h"

#include "app/document/qadocument.h"
#include "app/document/questionkey.h"

QuestionKeys QuestionKeys::of(const QaDocument &document)
{
    QuestionKeys keys;
    keys.m_keys.resize(document.sectionCount());
    keys.m_use.reserve(document.entryCount());
    for (int s = 0; s < document.sectionCount(); ++s) {
        const QaSection &section = document.section(s);
        QStringList &list = keys.m_keys[s];
        list.reserve(section.entryCount());
        for (int i = 0; i < section.entryCount(); ++i) {
            list.push_back(QString::fromUtf8(QuestionKey::of(section.entry(i))));
            ++keys.m_use[list.back()];
        }
    }
    return keys;
}

bool QuestionKeys::fits(const QaDocument &document) const
{
    if (m_keys.size() != document.sectionCount())
        return false;
    for (int s = 0; s < document.sectionCount(); ++s) {
        if (m_keys.at(s).size() != document.section(s).entryCount())
            return false;
    }
    return true;
}
