#pragma once

#include <QString>
#include <QStringView>
#include <optional>

// The tokenizers Quire counts with. o200k_base (GPT-4o and later) is the
// default; cl100k_base (GPT-4, GPT-3.5) for older models.
enum class TokenEncoding { O200kBase, Cl100kBase };

namespace TokenEncodings {
QString name(TokenEncoding encoding); // "o200k_base"
std::optional<TokenEncoding> fromName(QStringView name);
inline constexpr TokenEncoding defaultEncoding = TokenEncoding::O200kBase;
}
