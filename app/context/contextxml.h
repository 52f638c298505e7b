#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

// The pieces of a built context, appended as well-formed XML in the
// vocabulary of llms_txt2ctx: <project title summary>, a section's element
// (its name, or <section name="…"> when the name is no safe XML name),
// <doc title desc>. Text is escaped as the ctx export escapes it.
class ContextXml
{
public:
    static void openProject(QByteArray &out, const QString &title, const QString &summary);
    static void closeProject(QByteArray &out);
    static void text(QByteArray &out, QByteArrayView utf8); // then a newline if it lacks one
    static void openSection(QByteArray &out, const QString &name);
    static void closeSection(QByteArray &out, const QString &name);
    static void doc(QByteArray &out, const QString &title, const QString &notes, QByteArrayView utf8Content);
    // A section's element name, or empty when <section name="…"> is used.
    static QString sectionTag(const QString &name);
    static QByteArray attribute(const QString &value);
};
