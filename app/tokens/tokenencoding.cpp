#include "app/tokens/tokenencoding.h"

QString TokenEncodings::name(TokenEncoding encoding)
{
    return encoding == TokenEncoding::Cl100kBase ? QStringLiteral("cl100k_base") : QStringLiteral("o200k_base");
}

std::optional<TokenEncoding> TokenEncodings::fromName(QStringView name)
{
    if (name == u"o200k_base")
        return TokenEncoding::O200kBase;
    if (name == u"cl100k_base")
        return TokenEncoding::Cl100kBase;
    return std::nullopt;
}
