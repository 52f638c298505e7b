#include "app/rehearsal/jsonline.h"

#include "app/export/exportescaper.h"

#include <cmath>

void JsonLine::key(const char *name)
{
    if (m_text.size() > 1)
        m_text += ',';
    m_text += '"';
    m_text += name;
    m_text += "\":";
}

JsonLine &JsonLine::add(const char *name, const QString &value)
{
    key(name);
    m_text += '"';
    ExportEscaper::appendJsonString(m_text, value.toUtf8());
    m_text += '"';
    return *this;
}

JsonLine &JsonLine::add(const char *name, qint64 value)
{
    key(name);
    m_text += QByteArray::number(value);
    return *this;
}

JsonLine &JsonLine::add(const char *name, bool value)
{
    key(name);
    m_text += value ? "true" : "false";
    return *this;
}

JsonLine &JsonLine::addNumber(const char *name, double value, int decimals)
{
    if (std::isnan(value) || value < 0)
        return addNull(name);
    key(name);
    m_text += QByteArray::number(value, 'f', decimals);
    return *this;
}

JsonLine &JsonLine::addNull(const char *name)
{
    key(name);
    m_text += "null";
    return *this;
}

JsonLine &JsonLine::addRaw(const char *name, const QByteArray &json)
{
    key(name);
    m_text += json;
    return *this;
}
