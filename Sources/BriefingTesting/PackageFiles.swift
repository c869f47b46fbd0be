import Foundation

/// Files of the package under test, found from the calling test's `#filePath`, so tests run
/// the same from any working directory and from any worktree.
public enum PackageFiles {
  /// The package root: the nearest folder above `filePath` with a `Package.swift`.
  public static func root(filePath: String = #filePath) -> URL {
    var directory = URL(fileURLWithPath: filePath).deletingLastPathComponent()
    while directory.path != "/" {
      if FileManager.default.fileExists(
        atPath: directory.appendingPathComponent("Package.swift").path)
      {
        return directory
      }
      directory.deleteLastPathComponent()
    }
    return URL(fileURLWithPath: filePath).deletingLastPathComponent()
  }

  /// The absolute path of `relative` in the package holding `filePath`.
  public static func path(_ relative: String, filePath: String = #filePath) -> String {
    root(filePath: filePath).appendingPathComponent(relative).path
  }
}
