// The `briefing` executable: the built-in formats, run by BriefingCLI.
import BriefingCLI

BriefingCommand.main(registry: BuiltInFormats.registry())
