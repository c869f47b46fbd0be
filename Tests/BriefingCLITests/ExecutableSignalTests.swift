import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The real `briefing` executable under signals: a reader that stops early is an I/O error,
/// and a run ended by a signal while it writes leaves no temporary file behind.
@Suite struct ExecutableSignalTests {
  /// A valid JSON briefing of about `megabytes` MiB: one takeaways section of many items.
  static func largeBriefing(megabytes: Int) -> String {
    let item = "\"" + String(repeating: "A sentence that says something. ", count: 30) + "\""
    let count = megabytes * 1024 * 1024 / (item.utf8.count + 2)
    let items = Array(repeating: item, count: count).joined(separator: ",\n")
    return """
      {"briefing": 1, "title": "Large", "sections": [
      {"type": "takeaways", "title": "Key takeaways", "items": [\(items)]}]}

      """
  }

  /// A process running `briefing` with `arguments` in `directory`, its standard error a pipe
  /// unless `standardError` is given.
  static func process(
    _ arguments: [String], in directory: String, standardOutput: Any,
    standardError: Any = Pipe()
  ) throws -> Process {
    let path = try #require(
      ExecutableTests.executable, "build the 'briefing' product first (swift build)")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = standardOutput
    process.standardError = standardError
    return process
  }

  @Test func readerThatStopsEarlyIsAnIOErrorNotSIGPIPE() throws {
    let dir = try TestRun.temporaryDirectory()
    try SpecialFiles.write(SpecialFiles.validYAML, to: dir + "/in.yaml")
    // Standard output is a pipe whose reading end is already closed, as after `| head -c 10`
    // has read its fill: the first write fails.
    let output = Pipe()
    try output.fileHandleForReading.close()
    let standardError = Pipe()
    let process = try Self.process(
      ["convert", "in.yaml", "--to", "json"], in: dir, standardOutput: output,
      standardError: standardError)
    try process.run()
    try output.fileHandleForWriting.close()
    let error = standardError.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationReason == .exit, "killed by signal \(process.terminationStatus)")
    #expect(process.terminationStatus == 74)
    #expect(
      String(decoding: error, as: UTF8.self)
        == "<stdout>: error: cannot write: broken pipe: the program reading the output stopped "
        + "before its end [cli.io]\n")
  }

  #if os(Linux)
    @Test(arguments: [SIGTERM, SIGHUP, SIGINT])
    func signalDuringWriteRemovesTheTemporaryFile(signal: Int32) throws {
      let dir = try TestRun.temporaryDirectory()
      try SpecialFiles.write(Self.largeBriefing(megabytes: 16), to: dir + "/in.json")
      // A run can finish before it is caught writing; a few tries catch one (the loop ends
      // either way, and nothing is asserted about time).
      var caught = false
      for _ in 0..<5 where !caught {
        let pid = try SignalCatcher.spawn(["convert", dir + "/in.json", "-o", dir + "/out.json"])
        caught = SignalCatcher.signalWhileTemporaryFileExists(pid, signal: signal, directory: dir)
        let status = SignalCatcher.wait(for: pid)
        if caught {
          #expect(status == .signaled(signal), "it must die by the signal it was sent")
          #expect(TestRun.listing(dir) == ["in.json"], "a temporary file was left behind")
        } else {
          #expect(status == .exited(0))
          #expect(TestRun.listing(dir) == ["in.json", "out.json"])
          try FileManager.default.removeItem(atPath: dir + "/out.json")
        }
      }
      #expect(caught, "no run was caught while it wrote its temporary file")
    }
  #endif
}

#if os(Linux)
  /// Stops a process over and over until it is stopped while its temporary output file
  /// exists, then signals it: the signal is then certain to arrive between the temporary
  /// file's creation and its rename.
  enum SignalCatcher {
    /// How a process ended.
    enum Status: Equatable {
      case exited(Int32)
      case signaled(Int32)
    }

    /// Starts `briefing` with `arguments` and its standard streams on `/dev/null`, every
    /// signal it handles at its default action and unblocked, as a shell starts a command
    /// (a test's thread may block signals, and a child would inherit that). The caller
    /// waits for it with ``wait(for:)``, so its process identifier cannot be reused before.
    static func spawn(_ arguments: [String]) throws -> pid_t {
      let path = try #require(
        ExecutableTests.executable, "build the 'briefing' product first (swift build)")
      var actions = posix_spawn_file_actions_t()
      posix_spawn_file_actions_init(&actions)
      defer { posix_spawn_file_actions_destroy(&actions) }
      for fd: Int32 in 0...2 {
        posix_spawn_file_actions_addopen(
          &actions, fd, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0)
      }
      var attributes = posix_spawnattr_t()
      posix_spawnattr_init(&attributes)
      defer { posix_spawnattr_destroy(&attributes) }
      var none = sigset_t()
      sigemptyset(&none)
      var handled = sigset_t()
      sigemptyset(&handled)
      for number in [SIGINT, SIGTERM, SIGHUP, SIGPIPE] { sigaddset(&handled, number) }
      posix_spawnattr_setsigmask(&attributes, &none)
      posix_spawnattr_setsigdefault(&attributes, &handled)
      posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
      let argv = ([path] + arguments).map { strdup($0) } + [nil]
      defer { for argument in argv { free(argument) } }
      var pid: pid_t = 0
      let result = posix_spawn(&pid, path, &actions, &attributes, argv, environ)
      guard result == 0 else { throw POSIXError(.init(rawValue: result) ?? .EIO) }
      return pid
    }

    /// Waits for `pid` to end.
    static func wait(for pid: pid_t) -> Status {
      var status: Int32 = 0
      while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
      return status & 0x7f == 0 ? .exited((status >> 8) & 0xff) : .signaled(status & 0x7f)
    }

    /// Returns whether `signal` was sent while a `.*.tmp` file existed in `directory`; `false`
    /// once the process has finished.
    static func signalWhileTemporaryFileExists(
      _ pid: pid_t, signal: Int32, directory: String
    ) -> Bool {
      // Bounds the loop should the process never write; each round sleeps at least 0.2 ms.
      for _ in 0..<300_000 {
        guard kill(pid, SIGSTOP) == 0 else { return false }
        // SIGSTOP takes effect when the current system call returns; wait until it has.
        var state = self.state(of: pid)
        while state != "T" && state != "t" && state != "Z" && state != nil {
          usleep(100)
          state = self.state(of: pid)
        }
        let temporary = TestRun.listing(directory).contains {
          $0.hasPrefix(".") && $0.hasSuffix(".tmp")
        }
        if temporary { kill(pid, signal) }
        kill(pid, SIGCONT)
        if temporary { return true }
        if state == "Z" || state == nil { return false }
        usleep(200)
      }
      return false
    }

    /// The state letter in `/proc/PID/stat` (`R`, `S`, `T`, `Z`, …), or `nil` once it is gone.
    static func state(of pid: pid_t) -> Character? {
      guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
        let close = text.lastIndex(of: ")")
      else { return nil }
      return text[close...].dropFirst(2).first
    }
  }
#endif
