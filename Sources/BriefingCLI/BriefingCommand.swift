// BriefingCLI: the commands of `briefing`, as a library others can embed.
