// `briefing` with every built-in format plus JSON Feed: the whole integration.
import BriefingCLI
import JSONFeedFormat

BriefingCommand.main(registry: try BuiltInFormats.registry().adding([JSONFeedFormat()]))
