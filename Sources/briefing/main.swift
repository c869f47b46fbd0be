print("briefing: not yet wired")
