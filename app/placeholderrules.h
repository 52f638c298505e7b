#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

// The data that decides whether an answer is a stand-in ("will fill this in
// later", TODO, "Talk about ..."). Kept in one place,
// data/placeholder-rules.json (built into the binary), so that adding a
// phrase never means touching code.
class PlaceholderRules
{
public:
    // The rules built into the application.
    static const PlaceholderRules &builtIn();
    // Rules from JSON text in the format of data/placeholder-rules.json.
    static PlaceholderRules fromJson(const QByteArray &json, QString *error = nullptr);

    // `answer` is the answer's markdown as UTF-8; it is not copied.
    bool matches(QByteArrayView answer) const;

    const QList<QByteArray> &phrases() const { return m_phrases; }

private:
    QList<QByteArray> m_phrases;  // lower case
    QList<QByteArray> m_markers;  // exact case, whole words
    QList<QByteArray> m_standIns; // lower case, whole answer
    QList<QByteArray> m_openers;  // lower case, start of a short answer
    int m_maxNoteWords = 40;
};
