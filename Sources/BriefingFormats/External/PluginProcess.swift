// Runs a plugin or filter executable: request bytes on stdin, reply on stdout, stderr kept for
// messages. One thread drives all three pipes with poll(2), so a plugin that never reads its
// input, never stops writing, or never exits is cut off by the deadline or the output cap
// rather than blocking the host. The child runs in its own process group and the whole group
// is killed, so helpers it started (a shell's `sleep`) die with it.
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Bounds on one plugin run.
public struct PluginLimits: Sendable, Hashable {
  /// Seconds before the plugin is killed.
  public var timeout: Double
  /// The most bytes of standard output accepted before the plugin is killed.
  public var maxOutputBytes: Int

  /// Creates limits; the defaults suit real plugins (30 s, 64 MiB).
  public init(timeout: Double = 30, maxOutputBytes: Int = 64 << 20) {
    self.timeout = timeout
    self.maxOutputBytes = maxOutputBytes
  }
}

/// How one run of an executable ended.
struct ProcessOutcome: Sendable {
  /// Why the host stopped it, if it did.
  enum Stop: Sendable, Equatable {
    /// The deadline passed.
    case timedOut
    /// Standard output passed the cap.
    case outputTooLarge
  }

  /// Everything read from standard output (up to the cap).
  var output: [UInt8]
  /// The last few kilobytes of standard error.
  var errorTail: String
  /// The exit status, or `nil` when killed by a signal.
  var exitStatus: Int32?
  /// The signal that ended it, if any.
  var signal: Int32?
  /// Set when the host killed it.
  var stop: Stop?
}

/// Starting the executable failed (missing, not executable, …).
struct LaunchError: Error, Sendable {
  var reason: String
}

enum PluginProcess {
  /// The most standard error kept, from the end.
  static let errorTailBytes = 2048

  /// Runs `executable` with `arguments` (argv[0] is the executable), feeding `input`.
  static func run(
    _ executable: String, arguments: [String], input: [UInt8], environment: [String: String],
    limits: PluginLimits
  ) throws(LaunchError) -> ProcessOutcome {
    // pipe2(O_CLOEXEC) is not exported to Swift on Linux; the lock keeps a concurrent run from
    // spawning a child between pipe() and FD_CLOEXEC, which would inherit (and hold open)
    // this run's pipes.
    let spawned = try launch(executable, arguments: arguments, environment: environment)
    let pid = spawned.pid
    var pump = Pump(
      input: input, stdin: spawned.stdin, stdout: spawned.stdout, stderr: spawned.stderr,
      limits: limits)
    let stop = pump.run()
    if stop != nil { kill(-pid, SIGKILL) }
    pump.closeRemaining()
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    // Helpers the plugin started may outlive it; they belong to its group.
    kill(-pid, SIGKILL)
    let exited = (status & 0x7F) == 0
    return ProcessOutcome(
      output: pump.output, errorTail: String(decoding: pump.errorTail, as: UTF8.self),
      exitStatus: exited ? (status >> 8) & 0xFF : nil, signal: exited ? nil : status & 0x7F,
      stop: stop)
  }

  private static func spawn(
    _ executable: String, arguments: [String], environment: [String: String],
    stdin: Int32, stdout: Int32, stderr: Int32
  ) throws(LaunchError) -> pid_t {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, stdin, 0)
    posix_spawn_file_actions_adddup2(&actions, stdout, 1)
    posix_spawn_file_actions_adddup2(&actions, stderr, 2)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    // Its own process group (so the group can be killed), and default signal handling, since
    // the host ignores SIGPIPE and the child should not inherit that.
    var defaults = sigset_t()
    sigemptyset(&defaults)
    sigaddset(&defaults, SIGPIPE)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setpgroup(&attributes, 0)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF))
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      for pointer in argv { free(pointer) }
      for pointer in envp { free(pointer) }
    }
    var pid: pid_t = 0
    var result = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
    // ETXTBSY: a file just written is still open for writing in some child forked meanwhile
    // (until that child's exec closes it); it clears within milliseconds on an idle machine but
    // can take longer on a loaded one, so retry for up to two seconds.
    var attempts = 0
    while result == ETXTBSY && attempts < 100 {
      attempts += 1
      usleep(20_000)
      result = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
    }
    guard result == 0 else {
      throw LaunchError(reason: String(cString: strerror(result)).lowercased())
    }
    return pid
  }

  private static let spawnLock = NSLock()

  /// Creates the three pipes and starts the child; returns its pid and the host's pipe ends.
  private static func launch(
    _ executable: String, arguments: [String], environment: [String: String]
  ) throws(LaunchError) -> (pid: pid_t, stdin: Int32, stdout: Int32, stderr: Int32) {
    spawnLock.lock()
    defer { spawnLock.unlock() }
    let stdinPipe = try makePipe()
    var pipes = stdinPipe
    do throws(LaunchError) {
      let stdoutPipe = try makePipe()
      pipes += stdoutPipe
      let stderrPipe = try makePipe()
      pipes += stderrPipe
      let pid = try spawn(
        executable, arguments: arguments, environment: environment,
        stdin: stdinPipe[0], stdout: stdoutPipe[1], stderr: stderrPipe[1])
      closeAll([stdinPipe[0], stdoutPipe[1], stderrPipe[1]])
      return (pid, stdinPipe[1], stdoutPipe[0], stderrPipe[0])
    } catch {
      closeAll(pipes)
      throw error
    }
  }

  /// A pipe whose both ends close on exec.
  private static func makePipe() throws(LaunchError) -> [Int32] {
    var fds: [Int32] = [-1, -1]
    guard pipe(&fds) == 0 else { throw LaunchError(reason: errorText()) }
    for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
    return fds
  }

  static func errorText() -> String { String(cString: strerror(errno)).lowercased() }

  static func closeAll(_ fds: [Int32]) {
    for fd in fds where fd >= 0 { close(fd) }
  }
}

/// Moves bytes between the host and the child until the child closes its output, the deadline
/// passes, or the output cap is reached.
private struct Pump {
  var input: [UInt8]
  var written = 0
  var stdin: Int32
  var stdout: Int32
  var stderr: Int32
  let limits: PluginLimits
  var output: [UInt8] = []
  var errorTail: [UInt8] = []

  init(input: [UInt8], stdin: Int32, stdout: Int32, stderr: Int32, limits: PluginLimits) {
    self.input = input
    self.stdin = stdin
    self.stdout = stdout
    self.stderr = stderr
    self.limits = limits
    // Writing to a plugin that exited must be an EPIPE error here, not the host's death.
    signal(SIGPIPE, SIG_IGN)
    _ = fcntl(stdin, F_SETFL, fcntl(stdin, F_GETFL) | O_NONBLOCK)
    if input.isEmpty { closeInput() }
  }

  mutating func closeInput() {
    if stdin >= 0 { close(stdin) }
    stdin = -1
  }

  mutating func run() -> ProcessOutcome.Stop? {
    let deadline = Date().addingTimeInterval(limits.timeout)
    var buffer = [UInt8](repeating: 0, count: 64 * 1024)
    while stdout >= 0 || stderr >= 0 {
      let remaining = deadline.timeIntervalSinceNow
      if remaining <= 0 { return .timedOut }
      var fds = [
        pollfd(fd: stdin, events: Int16(POLLOUT), revents: 0),
        pollfd(fd: stdout, events: Int16(POLLIN), revents: 0),
        pollfd(fd: stderr, events: Int16(POLLIN), revents: 0),
      ]
      let ready = poll(&fds, nfds_t(fds.count), Int32(min(remaining * 1000, 1000) + 1))
      if ready < 0 {
        if errno == EINTR { continue }
        return .timedOut
      }
      if stdin >= 0, fds[0].revents != 0 { writeSome() }
      if stdout >= 0, fds[1].revents != 0 {
        let count = buffer.withUnsafeMutableBytes { read(stdout, $0.baseAddress, $0.count) }
        if count > 0 {
          output += buffer[0..<count]
          if output.count > limits.maxOutputBytes { return .outputTooLarge }
        } else if count == 0 || errno != EINTR {
          close(stdout)
          stdout = -1
        }
      }
      if stderr >= 0, fds[2].revents != 0 {
        let count = buffer.withUnsafeMutableBytes { read(stderr, $0.baseAddress, $0.count) }
        if count > 0 {
          errorTail += buffer[0..<count]
          if errorTail.count > 2 * PluginProcess.errorTailBytes {
            errorTail.removeFirst(errorTail.count - PluginProcess.errorTailBytes)
          }
        } else if count == 0 || errno != EINTR {
          close(stderr)
          stderr = -1
        }
      }
    }
    return nil
  }

  private mutating func writeSome() {
    let count = input.withUnsafeBytes { raw in
      write(stdin, raw.baseAddress.map { $0 + written }, min(raw.count - written, 64 * 1024))
    }
    if count > 0 {
      written += count
      if written >= input.count { closeInput() }
    } else if count < 0, errno != EAGAIN, errno != EINTR {
      // The plugin closed its input early (EPIPE); its reply decides what happened.
      closeInput()
    }
  }

  mutating func closeRemaining() {
    closeInput()
    if stdout >= 0 { close(stdout) }
    if stderr >= 0 { close(stderr) }
    stdout = -1
    stderr = -1
    if errorTail.count > PluginProcess.errorTailBytes {
      errorTail.removeFirst(errorTail.count - PluginProcess.errorTailBytes)
    }
  }
}
