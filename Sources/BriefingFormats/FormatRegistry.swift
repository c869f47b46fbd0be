import BriefingCore

/// The formats a program knows: a value passed around, never global state.
///
/// Names, aliases and file extensions must be unique across the formats it holds, and the
/// diagnostic ids they declare must not contradict each other or the shared ones.
public struct FormatRegistry: Sendable {
  /// The formats, in the order given.
  public let formats: [any BriefingFormat]
  /// Every diagnostic id the formats and the shared code under them (content rules, the tree
  /// decoder, plugins) can emit.
  public let catalog: RuleCatalog

  /// The ids of the code every registry shares: content rules, rich text, the pipeline, the
  /// tree decoder and the plugin host.
  public static let sharedDiagnostics: [RuleInfo] =
    RuleCatalog.coreRules + Pipeline.diagnostics + TreeDecoder.diagnostics
    + PluginHost.diagnostics

  /// Creates a registry; throws when two formats claim the same name, alias or extension, or
  /// declare one diagnostic id differently.
  public init(_ formats: [any BriefingFormat]) throws(RegistryError) {
    var names: [String: String] = [:]
    var extensions: [String: String] = [:]
    for format in formats {
      let descriptor = format.descriptor
      for name in [descriptor.name] + descriptor.aliases {
        if let owner = names[name.lowercased()] {
          throw .duplicateName(name, first: owner, second: descriptor.name)
        }
        names[name.lowercased()] = descriptor.name
      }
      for fileExtension in descriptor.fileExtensions {
        if let owner = extensions[fileExtension.lowercased()] {
          throw .duplicateExtension(fileExtension, first: owner, second: descriptor.name)
        }
        extensions[fileExtension.lowercased()] = descriptor.name
      }
    }
    var catalog: RuleCatalog
    do throws(RuleConflict) {
      catalog = try RuleCatalog(Self.sharedDiagnostics)
      for format in formats { catalog = try catalog.adding(format.descriptor.diagnostics) }
    } catch {
      throw .conflictingDiagnostic(error)
    }
    self.formats = formats
    self.catalog = catalog
  }

  /// This registry with more formats added after the existing ones.
  public func adding(_ more: [any BriefingFormat]) throws(RegistryError) -> FormatRegistry {
    try FormatRegistry(formats + more)
  }

  /// The format with this name or alias (case-insensitive).
  public func format(named name: String) -> (any BriefingFormat)? {
    let key = name.lowercased()
    return formats.first { format in
      format.descriptor.name.lowercased() == key
        || format.descriptor.aliases.contains { $0.lowercased() == key }
    }
  }

  /// The format whose file extensions include the path's extension (case-insensitive).
  ///
  /// A dotted extension such as `ast.json` is matched first, so it wins over `json`.
  public func format(forPath path: String) -> (any BriefingFormat)? {
    let fileName = path.split(separator: "/").last.map(String.init) ?? path
    let lowered = fileName.lowercased()
    let dotted = formats.first { format in
      format.descriptor.fileExtensions.contains { ext in
        ext.contains(".") && lowered.count > ext.count + 1
          && lowered.hasSuffix("." + ext.lowercased())
      }
    }
    if let dotted { return dotted }
    guard let dot = fileName.lastIndex(of: "."), dot != fileName.startIndex else { return nil }
    let fileExtension = fileName[fileName.index(after: dot)...].lowercased()
    return formats.first { $0.descriptor.fileExtensions.contains { $0.lowercased() == fileExtension } }
  }
}

/// Why a registry could not be built.
public enum RegistryError: Error, Sendable, Equatable, CustomStringConvertible {
  /// Two formats share a name or alias.
  case duplicateName(String, first: String, second: String)
  /// Two formats share a file extension.
  case duplicateExtension(String, first: String, second: String)
  /// A format declares a diagnostic id another format or the shared code declares differently.
  case conflictingDiagnostic(RuleConflict)

  /// What clashed.
  public var description: String {
    switch self {
    case .duplicateName(let name, let first, let second):
      "formats '\(first)' and '\(second)' both use the name '\(name)'; rename one"
    case .duplicateExtension(let ext, let first, let second):
      "formats '\(first)' and '\(second)' both claim the extension '.\(ext)'; drop it from one"
    case .conflictingDiagnostic(let conflict):
      conflict.description
    }
  }
}
