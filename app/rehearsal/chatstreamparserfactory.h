#pragma once

#include "app/rehearsal/chatstreamparser.h"
#include "app/rehearsal/endpointprofile.h"

#include <memory>

// The stream parser for an API style (kept apart from ChatStreamParser so
// that the base class does not need its subclasses' headers).
class ChatStreamParserFactory
{
public:
    static std::unique_ptr<ChatStreamParser> create(EndpointProfile::ApiStyle style);
};
