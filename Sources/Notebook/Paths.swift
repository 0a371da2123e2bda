import Foundation

/// Where dossier keeps files of its own, after the XDG base directory conventions.
enum Paths {
  static var home: String { ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory() }

  /// `$DOSSIER_HISTORY`, else `$XDG_STATE_HOME/dossier/history` (`~/.local/state/dossier/history`).
  static var historyFile: String {
    let env = ProcessInfo.processInfo.environment
    if let p = env["DOSSIER_HISTORY"], !p.isEmpty { return p }
    let state = env["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.local/state"
    return state + "/dossier/history"
  }

  /// `sessions/` in the current folder when it exists, else `$XDG_DATA_HOME/dossier/sessions`.
  static var sessionsFolder: String {
    let fm = FileManager.default
    var isDir: ObjCBool = false
    if fm.fileExists(atPath: "sessions", isDirectory: &isDir), isDir.boolValue { return "sessions" }
    let env = ProcessInfo.processInfo.environment
    let data = env["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.local/share"
    return data + "/dossier/sessions"
  }

  /// Creates a folder and its parents, private to the user.
  static func makeFolder(_ path: String) throws {
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
  }

  /// Writes through a temporary file and a rename, so a reader never sees half a file.
  static func writeAtomically(_ text: String, to path: String) throws {
    let tmp = path + ".tmp-\(getpid())"
    try Data(text.utf8).write(to: URL(fileURLWithPath: tmp))
    if rename(tmp, path) != 0 {
      let e = String(cString: strerror(errno))
      unlink(tmp)
      throw NSError(domain: "dossier", code: Int(errno), userInfo: [NSLocalizedDescriptionKey: "cannot write \(path): \(e)"])
    }
  }
}
