#include "app/rehearsal/chatstreamparserfactory.h"

#include "app/rehearsal/ollamastreamparser.h"
#include "app/rehearsal/openaistreamparser.h"

std::unique_ptr<ChatStreamParser> ChatStreamParserFactory::create(EndpointProfile::ApiStyle style)
{
    if (style == EndpointProfile::ApiStyle::Ollama)
        return std::make_unique<OllamaStreamParser>();
    return std::make_unique<OpenAiStreamParser>();
}
